import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { allPagePaths, siteDir } from '../pages/built-site.ts';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../../tools/browser/static-server.ts';

/**
 * What the browser suite shares: the built sample site served on loopback, one Chromium per test file, one
 * context per screen size, and a tab that remembers everything a page asked for and complained about.
 */

export interface Viewport {
  /** How a failure names the screen: `360×740`. */
  label: string;
  width: number;
  height: number;
}

/** A small phone, as many visitors hold one, and an ordinary laptop. */
const viewports: Viewport[] = [
  { label: '360×740', width: 360, height: 740 },
  { label: '1280×800', width: 1280, height: 800 },
];

/** Every HTML page of the built site: information pages, 404, search and flyers. */
export const pagePaths = await allPagePaths();

export interface BrowserSession {
  site: StaticSite;
  /** The path the site is served under: `/`, or `/hiroba/` for the base-path build. */
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** The sample site (or another build, served under `base`) on loopback, and a Chromium to look at it with. */
export async function openBrowserSession({ dir = siteDir, base = '/' } = {}): Promise<BrowserSession> {
  const site = await serveStatic(dir, { base });
  try {
    const browser = await launchChromium();
    return {
      site,
      base,
      browser,
      close: async () => {
        await browser.close();
        await site.close();
      },
    };
  } catch (error) {
    await site.close();
    throw error;
  }
}

export interface Tab {
  page: Page;
  context: BrowserContext;
  /** Every address the page asked for since it was last opened, images, styles, fonts and scripts included. */
  requests: string[];
  /** Console errors and warnings (a blocked resource is one) and uncaught errors since it was last opened. */
  problems: string[];
  /** Addresses that answered with an error status or not at all, since it was last opened. */
  failures: string[];
  /** Opens a site path, e.g. `/rooms/mpa/` (under the session's base), from scratch. */
  open(path: string): Promise<void>;
}

/** A fresh context of the given size, with one tab that records what its page does. */
async function openTab(session: BrowserSession, viewport: Viewport): Promise<Tab> {
  const context = await session.browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  const failures: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'failed';
    // Cancelled by the browser itself when the next page opens (the icon is fetched last): not an answer.
    if (error !== 'net::ERR_ABORTED') failures.push(`${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.url()} (${response.status()})`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return {
    page,
    context,
    requests,
    problems,
    failures,
    async open(path) {
      requests.length = 0;
      problems.length = 0;
      failures.length = 0;
      await page.goto(session.site.origin + session.base + path.replace(/^\//, ''));
    },
  };
}

/**
 * Declares `suite` once per viewport, as `at 360×740` and so on, with a tab of that size that is open while its
 * tests run and closed after them. `session` is read when the tab opens, after the file's own beforeAll.
 */
export function describeEachViewport(
  session: () => BrowserSession,
  suite: (tab: Tab, viewport: Viewport) => void,
): void {
  describe.each(viewports)('at $label', (viewport) => {
    // Filled in before the suite's tests run; its arrays are the ones the page's listeners write to.
    const tab = {} as Tab;

    beforeAll(async () => {
      Object.assign(tab, await openTab(session(), viewport));
    });

    afterAll(async () => {
      await tab.context?.close();
    });

    suite(tab, viewport);
  });
}
