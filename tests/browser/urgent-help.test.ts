import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/model/urls.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { openBrowserSession, type BrowserSession } from './browsing.ts';

/**
 * Urgent help as someone in trouble meets it, in real Chromium on a 360×740 phone: the numbers to call right now
 * can be tapped on the first screen, and the quick exit leaves at once — with JavaScript off as a plain link, with
 * it on without leaving the page in the history behind.
 */

const { site: settings } = await loadSampleContent();
const phone = { width: 360, height: 740 };
let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowserSession();
});

afterAll(async () => {
  await session?.close();
});

/** A context whose neutral page answers from here: nothing leaves this machine. */
async function contextWith(options: { javaScriptEnabled: boolean }): Promise<BrowserContext> {
  const context = await session.browser.newContext({ viewport: phone, ...options });
  await context.route(`${settings.quickExit}**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>天気予報</title>' }),
  );
  return context;
}

async function boxesOfCalls(page: Page) {
  return page.$$eval('.crisis-now a[href^="tel:"]', (links) =>
    links.map((link) => {
      const box = link.getBoundingClientRect();
      const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return {
        href: link.getAttribute('href'),
        top: box.top,
        bottom: box.bottom,
        width: box.width,
        height: box.height,
        tappable: atCentre !== null && link.contains(atCentre),
      };
    }),
  );
}

describe('the help page on a 360×740 phone', () => {
  it('has the first tier’s numbers on the first screen, large enough to tap and not covered by anything', async () => {
    const context = await contextWith({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto(session.site.origin + paths.help());
    const boxes = await boxesOfCalls(page);
    expect(boxes.map((box) => box.href)).toEqual(['tel:119', 'tel:110']);
    for (const box of boxes) {
      expect(box.top, box.href ?? '').toBeGreaterThanOrEqual(0);
      expect(box.bottom, box.href ?? '').toBeLessThanOrEqual(phone.height);
      expect(Math.min(box.width, box.height), box.href ?? '').toBeGreaterThanOrEqual(44);
      expect(box.tappable, box.href ?? '').toBe(true);
    }
    await context.close();
  });
});

describe('the quick exit', () => {
  it('works without JavaScript: a plain link to the neutral page', async () => {
    const context = await contextWith({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(session.site.origin + paths.help());
    const link = page.getByRole('link', { name: 'すぐにこのページを離れる' });
    const box = await link.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(phone.height);
    await link.click();
    await page.waitForURL(`${settings.quickExit}**`);
    expect(await page.title()).toBe('天気予報');
    await context.close();
  });

  it('with JavaScript, replaces the page in the history: Back does not bring it back', async () => {
    const context = await contextWith({ javaScriptEnabled: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(session.site.origin + paths.home());
    await page.goto(session.site.origin + paths.help());
    await page.getByRole('link', { name: 'すぐにこのページを離れる' }).click();
    await page.waitForURL(`${settings.quickExit}**`);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(paths.home());
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript, Back returns to the page: why the staff guide says to tell people about their history', async () => {
    const context = await contextWith({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(session.site.origin + paths.home());
    await page.goto(session.site.origin + paths.help());
    await page.getByRole('link', { name: 'すぐにこのページを離れる' }).click();
    await page.waitForURL(`${settings.quickExit}**`);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(paths.help());
    await context.close();
  });
});
