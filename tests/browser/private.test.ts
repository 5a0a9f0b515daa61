import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachViewport, openBrowserSession, pagePaths, type BrowserSession, type Tab } from './browsing.ts';

/**
 * A visit tells no one else that someone read about an illness. Every page, on a 360×740 phone and a 1280×800
 * laptop, asks nothing of any origin but the site's own (images, styles, icons, and search's script, index and
 * WebAssembly included), leaves nothing stored in the browser, and loads without an error, such as something its
 * Content-Security-Policy had to block. And that policy really does block what the site does not allow.
 */

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowserSession();
});

afterAll(async () => {
  await session?.close();
});

/** Addresses on neither the site's own origin nor `data:`; a `blob:` address carries the origin that made it. */
function foreignRequests(tab: Tab): string[] {
  return tab.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== session.site.origin);
}

/** Everything a page or its scripts could have left in the browser to recognise the visitor by. */
async function storedInBrowser(tab: Tab) {
  const cookies = (await tab.context.cookies()).map((cookie) => `${cookie.domain} ${cookie.name}`);
  const inPage = await tab.page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((database) => database.name ?? ''),
    cacheStorage: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope),
  }));
  return { cookies, ...inPage };
}

const nothingStored = {
  cookies: [],
  localStorage: [],
  sessionStorage: [],
  indexedDB: [],
  cacheStorage: [],
  serviceWorkers: [],
};

/** So that the next page answers only for itself when one page did store something. */
async function forget(tab: Tab): Promise<void> {
  await tab.context.clearCookies();
  await tab.page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
}

describeEachViewport(
  () => session,
  (tab, viewport) => {
    describe.each(pagePaths)('the page %s', (path) => {
      const where = `${path} at ${viewport.label}`;

      beforeAll(async () => {
        await tab.open(path);
      });

      it("asks nothing of any origin but the site's own", () => {
        expect(tab.requests, where).toContain(session.site.origin + path);
        expect(foreignRequests(tab), where).toEqual([]);
      });

      it('leaves nothing in the browser: no cookie, no storage, no database, no cache, no service worker', async () => {
        const stored = await storedInBrowser(tab);
        await forget(tab);
        expect(stored, where).toEqual(nothingStored);
      });

      it('loads without an error or warning, such as something its Content-Security-Policy blocked', () => {
        expect(tab.problems, where).toEqual([]);
      });
    });

    describe('a search', () => {
      const where = `/search/ at ${viewport.label}`;

      beforeAll(async () => {
        await tab.open(`/search/?q=${encodeURIComponent('きょうだい')}`);
        await tab.page.locator('#search-results li a').first().waitFor();
      });

      it("loads its script and index from the site's own origin only", () => {
        expect(tab.requests, where).toContain(`${session.site.origin}/search-index/index.json`);
        expect(foreignRequests(tab), where).toEqual([]);
      });

      it('leaves nothing in the browser, not even the query', async () => {
        expect(await storedInBrowser(tab), where).toEqual(nothingStored);
      });

      it('runs without an error or warning', () => {
        expect(tab.problems, where).toEqual([]);
      });
    });
  },
);

describe("a page's own Content-Security-Policy", () => {
  /** Another origin on this machine that counts what it is asked for: what the policy blocks never reaches it. */
  let elsewhere: { origin: string; asked: string[]; server: Server };

  beforeAll(async () => {
    const asked: string[] = [];
    const server = createServer((request, response) => {
      asked.push(request.url ?? '');
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    elsewhere = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked, server };
  });

  afterAll(async () => {
    await new Promise((resolve) => elsewhere?.server.close(resolve));
  });

  /** Slips an inline script and four requests to the other origin into an open page, as an injected ad would. */
  function tryToBreakOut(page: Page) {
    return page.evaluate(async (foreign) => {
      const refused = new Set<string>();
      document.addEventListener('securitypolicyviolation', (event) => refused.add(event.effectiveDirective));
      const settled = (element: HTMLElement) =>
        new Promise((resolve) => {
          element.addEventListener('load', resolve);
          element.addEventListener('error', resolve);
        });

      const inline = document.createElement('script');
      inline.textContent = 'document.documentElement.dataset.inlineScriptRan = "yes";';
      document.head.append(inline);
      const script = Object.assign(document.createElement('script'), { src: `${foreign}/tracker.js` });
      const image = Object.assign(document.createElement('img'), { src: `${foreign}/pixel.png`, alt: '' });
      const style = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${foreign}/font.css` });
      const loads = [script, image, style].map(settled);
      document.head.append(script, style);
      document.body.append(image);
      await Promise.all([
        ...loads,
        fetch(`${foreign}/beacon`, { method: 'POST', body: 'visited' }).catch(() => undefined),
      ]);
      // Violation events are queued as tasks of their own: let them arrive.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        inlineScriptRan: document.documentElement.dataset.inlineScriptRan === 'yes',
        refused: [...refused].sort(),
      };
    }, elsewhere.origin);
  }

  it.each(['/', '/search/'])('on %s stops an inline script and every request to another origin', async (path) => {
    const page = await session.browser.newPage();
    try {
      await page.goto(session.site.origin + path);
      elsewhere.asked.length = 0;
      const outcome = await tryToBreakOut(page);
      expect(outcome).toEqual({
        inlineScriptRan: false,
        refused: ['connect-src', 'img-src', 'script-src-elem', 'style-src-elem'],
      });
      expect(elsewhere.asked, 'requests that reached the other origin').toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('is what stops them: with the policy switched off, the same attempt gets through', async () => {
    // The only context that bypasses the policy: it shows the attempt above would be seen if it succeeded.
    const context = await session.browser.newContext({ bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.goto(`${session.site.origin}/`);
      elsewhere.asked.length = 0;
      expect((await tryToBreakOut(page)).inlineScriptRan).toBe(true);
      expect([...elsewhere.asked].sort()).toEqual(['/beacon', '/font.css', '/pixel.png', '/tracker.js']);
    } finally {
      await context.close();
    }
  });
});
