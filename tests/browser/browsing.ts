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
  browser: Browser;
  close(): Promise<void>;
}

export async function openBrowserSession(): Promise<BrowserSession> {
  const site = await serveStatic(siteDir);
  try {
    const browser = await launchChromium();
    return {
      site,
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
  /** Opens a site path, e.g. `/rooms/mpa/`, from scratch. */
  open(path: string): Promise<void>;
}

/** A fresh context of the given size, with one tab that records what its page does. */
async function openTab(session: BrowserSession, viewport: Viewport): Promise<Tab> {
  const context = await session.browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return {
    page,
    context,
    requests,
    problems,
    async open(path) {
      requests.length = 0;
      problems.length = 0;
      await page.goto(session.site.origin + path);
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
