import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/model/urls.ts';
import { quirkySiteDir, siteDir } from '../pages/built-site.ts';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../../tools/browser/static-server.ts';

/**
 * The search page of the built site, in a real browser under the site's Content-Security-Policy: what families
 * type finds the page meant for them first. Readings and aliases are not shown on those pages, and Japanese
 * compounds are cut differently by the index and the browser (Pagefind issue 1237), so each query is real.
 */
const firstResults: [query: string, page: string][] = [
  ['きょうひしょう', paths.condition('scleroderma')],
  ['MPA', paths.condition('mpa')],
  ['多発血管炎', paths.condition('mpa')],
  ['血友病', paths.condition('hemophilia')],
  ['ヤングケアラー', paths.role('child')],
  ['きょうだい', paths.role('sibling')],
];

let site: StaticSite;
let quirkySite: StaticSite;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  [site, quirkySite, browser] = await Promise.all([serveStatic(siteDir), serveStatic(quirkySiteDir), launchChromium()]);
  page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await quirkySite?.close();
});

async function resultPaths(): Promise<string[]> {
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return status !== '' && !status.includes('検索しています');
  });
  return page.$$eval('#search-results li > a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

async function typeQuery(query: string, origin = site.origin): Promise<string[]> {
  await page.goto(`${origin}/search/`);
  await page.locator('#search-input').pressSequentially(query);
  await page.locator('#search-input').press('Enter');
  return resultPaths();
}

describe('the search page', () => {
  it.each(firstResults)('finds the right page first for %s', async (query, expected) => {
    const found = await typeQuery(query);
    expect(found[0], `results: ${found.join(', ')}`).toBe(expected);
  });

  it('treats full-width letters like half-width ones', async () => {
    expect((await typeQuery('ＭＰＡ'))[0]).toBe(paths.condition('mpa'));
  });

  it('searches for the query in the address, so a search can be shared', async () => {
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('きょうだい')}`);
    expect((await resultPaths())[0]).toBe(paths.role('sibling'));
    expect(await page.inputValue('#search-input')).toBe('きょうだい');
  });

  it('says so when nothing is found', async () => {
    expect(await typeQuery('qqqzzz')).toEqual([]);
    expect(await page.textContent('#search-status')).toContain('見つかるページはありませんでした');
  });

  // The quirky content (tests/fixtures/quirky-content/) lists the aliases ＤＡＧＰ (full-width letters) and
  // ﾃﾞｨｰｴｰｼﾞｰﾋﾟｰ (half-width kana); neither appears anywhere else on the page.
  it.each(['DAGP', 'ＤＡＧＰ', 'dagp', 'ディーエージーピー', 'ﾃﾞｨｰｴｰｼﾞｰﾋﾟｰ'])(
    'finds an alias written full-width or half-width however it is typed: %s',
    async (query) => {
      const found = await typeQuery(query, quirkySite.origin);
      expect(found[0], `results: ${found.join(', ')}`).toBe(paths.condition('dagp'));
    },
  );

  it('runs under the Content-Security-Policy without a single violation or error', () => {
    expect(problems).toEqual([]);
  });
});
