import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canJoin } from '../../src/model/catalog.ts';
import { paths } from '../../src/model/urls.ts';
import { allPagePaths, baseSiteDir } from '../pages/built-site.ts';
import { baseSite } from '../setup/build-site.ts';
import { decodeQrPng } from '../support/decode-qr.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { describeEachViewport, openBrowserSession, type BrowserSession, type Tab } from './browsing.ts';

/**
 * The sample published under a base path, as GitHub Pages serves a project site (https://<owner>.github.io/<repo>/),
 * in a real Chromium, served only under that path: every page loads everything it asks for (styles, icon, images,
 * search's script, index and WebAssembly) from below the base with no error, the site's own navigation leads from
 * page to page without leaving it, a search finds pages there, and a room's QR code still reads as its join link.
 */

const { base } = baseSite;
const pagePaths = await allPagePaths(baseSiteDir);
const { catalog, waysInto } = await loadSampleContent();
const openRoom = catalog.rooms.find(canJoin);

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowserSession({ dir: baseSiteDir, base });
});

afterAll(async () => {
  await session?.close();
});

/** Requests that left the base: to another origin, or to this origin outside the site's path. */
function outsideBase(tab: Tab): string[] {
  return tab.requests.filter((url) => !url.startsWith('data:') && !url.startsWith(session.site.origin + base));
}

describeEachViewport(
  () => session,
  (tab, viewport) => {
    describe.each(pagePaths)('the page %s under the base', (path) => {
      const where = `${base}${path.slice(1)} at ${viewport.label}`;

      beforeAll(async () => {
        await tab.open(path);
      });

      it('asks only for addresses below the base, and gets every one of them', () => {
        expect(tab.requests, where).toContain(session.site.origin + base + path.slice(1));
        expect(outsideBase(tab), where).toEqual([]);
        expect(tab.failures, where).toEqual([]);
        expect(tab.problems, where).toEqual([]);
      });

      it('is styled by the site’s stylesheet', async () => {
        const sheets = await tab.page.evaluate(() =>
          [...document.styleSheets].map((sheet) => ({ href: sheet.href, rules: sheet.cssRules.length })),
        );
        expect(sheets.length, where).toBeGreaterThan(0);
        for (const sheet of sheets) expect(sheet.rules, `${sheet.href ?? 'inline'} on ${where}`).toBeGreaterThan(0);
      });
    });

    describe('walking the site by its own links', () => {
      it('reaches every section from the header, each page answering, without leaving the base', async () => {
        await tab.open('/');
        const sections = await tab.page
          .locator('.site-nav a')
          .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
        expect(sections.length).toBeGreaterThan(3);
        for (const href of sections) {
          await tab.open('/');
          // On a phone the sections are behind the header's menu button, which opens without JavaScript.
          const menu = tab.page.locator('.site-menu > summary');
          if (await menu.isVisible()) await menu.click();
          await tab.page.click(`.site-nav a[href="${new URL(href).pathname}"]`);
          await tab.page.waitForURL(href);
          expect(tab.failures, href).toEqual([]);
          expect(outsideBase(tab), href).toEqual([]);
          // Back home by the site name.
          await tab.page.click('.site-name');
          await tab.page.waitForURL(session.site.origin + base);
        }
      });

      it('finds pages with the site search and opens a result, below the base', async () => {
        await tab.open(`/search/?q=${encodeURIComponent('きょうだい')}`);
        const first = tab.page.locator('#search-results li a').first();
        await first.waitFor();
        const href = await first.evaluate((link) => (link as HTMLAnchorElement).href);
        expect(href.startsWith(session.site.origin + base), href).toBe(true);
        expect(tab.requests).toContain(`${session.site.origin}${base}search-index/index.json`);
        await first.click();
        await tab.page.waitForURL(href);
        const response = await tab.page.request.get(href);
        expect(response.status(), href).toBe(200);
        expect(outsideBase(tab)).toEqual([]);
      });
    });
  },
);

describe('the QR code of an open room under the base', () => {
  it('exists in the sample', () => {
    expect(openRoom).toBeDefined();
  });

  it('shows on its page, and downloads from the page’s link, as exactly the room’s join link', async () => {
    const room = openRoom!;
    const page = await session.browser.newPage();
    try {
      const roomPage = `${session.site.origin}${base}${paths.room(room.id).slice(1)}`;
      await page.goto(roomPage);
      const [first] = waysInto(room, 'qr');
      const image = page.locator('figure.qr img').first();
      await image.scrollIntoViewIfNeeded();
      // Loaded only when scrolled to (loading="lazy"), from the site's base path.
      await image.evaluate((element: HTMLImageElement) => element.decode());
      expect(decodeQrPng(await image.screenshot())).toBe(first?.url);
      const download = await page
        .locator(`a[download="${room.id}-${first?.channel.kind}-qr.png"]`)
        .evaluate((link) => (link as HTMLAnchorElement).href);
      expect(download).toBe(`${roomPage}qr-${first?.channel.kind}.png`);
      const png = await page.request.get(download);
      expect(png.status()).toBe(200);
      expect(decodeQrPng(await png.body())).toBe(first?.url);
    } finally {
      await page.close();
    }
  });
});
