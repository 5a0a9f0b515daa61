import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/model/urls.ts';
import { quirkySiteDir, siteDir } from '../pages/built-site.ts';
import { launchChromium } from '../support/browser.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { serveStatic, type StaticSite } from '../../tools/browser/static-server.ts';

/**
 * The site search, as worried visitors use it: real queries typed into the built site's search page in Chromium,
 * under its Content-Security-Policy. The table is the search's specification; each row says what must come first.
 *
 * - `first(page)`: that page is the first result.
 * - `firstThree(a, b, c)`: those pages are the first three results, in any order.
 * - `help()`: the urgent-help block comes before anything else (and `help(page)`: that page is the first result).
 * - `nothing()`: the search says plainly that no page is about it, offers the condition list, the role list and the
 *   help page, and shows no page at all (never an unrelated disease); `nothing('統合失調症')` also suggests it.
 */

type Answer =
  { first: string } | { firstThree: string[] } | { help: true; first?: string } | { nothing: true; suggests?: string };

const first = (page: string): Answer => ({ first: page });
const firstThree = (...pages: string[]): Answer => ({ firstThree: pages });
const help = (page?: string): Answer => ({ help: true, ...(page ? { first: page } : {}) });
const nothing = (suggests?: string): Answer => ({ nothing: true, ...(suggests ? { suggests } : {}) });

const familyCommunity = paths.condition('mental-illness');
const familyPage = (role: string) => paths.conditionRole('mental-illness', role);

const table: [query: string, answer: Answer][] = [
  // The diagnoses the family community serves lead to it, never to a disease that shares a character (症, 病).
  ['統合失調症', first(familyCommunity)],
  ['うつ病', first(familyCommunity)],
  ['双極性障害', first(familyCommunity)],
  ['依存症', first(familyCommunity)],
  ['摂食障害', first(familyCommunity)],
  ['ギャンブル依存症', first(familyCommunity)],
  ['鬱病', first(familyCommunity)],
  // … typed in kana, in katakana, half-width, or not yet finished.
  ['とうごうしっちょうしょう', first(familyCommunity)],
  ['トウゴウシッチョウショウ', first(familyCommunity)],
  ['そうきょくせいしょうがい', first(familyCommunity)],
  ['うつ', first(familyCommunity)],
  ['統合失調', first(familyCommunity)],
  ['アルコール依存', first(familyCommunity)],

  // The rare diseases, by name, reading, alias and abbreviation, however they are typed.
  ['全身性強皮症', first(paths.condition('scleroderma'))],
  ['強皮症', first(paths.condition('scleroderma'))],
  ['きょうひしょう', first(paths.condition('scleroderma'))],
  ['キョウヒショウ', first(paths.condition('scleroderma'))],
  ['ｷｮｳﾋｼｮｳ', first(paths.condition('scleroderma'))],
  ['SSc', first(paths.condition('scleroderma'))],
  ['ＳＳＣ', first(paths.condition('scleroderma'))],
  ['膠原病', first(paths.condition('scleroderma'))],
  ['MPA', first(paths.condition('mpa'))],
  ['ＭＰＡ', first(paths.condition('mpa'))],
  ['mpa', first(paths.condition('mpa'))],
  ['多発血管炎', first(paths.condition('mpa'))],
  ['けんびきょうてきたはつけっかんえん', first(paths.condition('mpa'))],
  ['血友病', first(paths.condition('hemophilia'))],
  ['けつゆうびょう', first(paths.condition('hemophilia'))],
  ['難病', first(paths.programme('rare-disease'))],

  // Roles, by name and alias; the role named by a word outranks a condition that lists it as an alias.
  ['ヤングケアラー', first(paths.role('child'))],
  ['子供', first(paths.role('child'))],
  ['きょうだい', first(paths.role('sibling'))],
  ['配偶者', first(paths.role('partner'))],
  ['家族', first(paths.role('family'))],

  // A family word and a diagnosis: the page for that role and that condition, then its room and meetings.
  ['兄が統合失調症', first(familyPage('sibling'))],
  [
    '兄が統合失調症',
    firstThree(familyPage('sibling'), paths.room('family-salon-sibling'), paths.event('sibling-online-2026-12')),
  ],
  ['姉が双極性障害です', first(familyPage('sibling'))],
  ['あにがうつ', first(familyPage('sibling'))],
  ['母がうつ', first(familyPage('child'))],
  ['母 うつ', first(familyPage('child'))],
  ['父がアルコール依存症', first(familyPage('child'))],
  ['息子が統合失調症', first(familyPage('parent'))],
  ['娘 摂食障害', first(familyPage('parent'))],
  ['夫がうつ病', first(familyPage('partner'))],
  ['彼女がうつ', first(familyPage('partner'))],
  // No room serves siblings of people with haemophilia: the disease's own page comes first, not another disease.
  ['兄 血友病', first(paths.condition('hemophilia'))],
  // A family word with no page of its own for that illness: the illness leads, not another illness's families.
  ['統合失調症の家族', first(familyCommunity)],
  ['強皮症の母', first(paths.condition('scleroderma'))],

  // Crisis words: help comes first, whatever else the query finds.
  ['死にたい', help()],
  ['しにたい', help()],
  ['シニタイ', help()],
  ['消えたい', help()],
  ['死にたくなる', help()],
  ['消えたくて', help()],
  ['楽になりたい', help()],
  ['自殺', help()],
  ['助けて', help()],
  ['もう限界', help()],
  ['もう無理', help()],
  ['兄が統合失調症でもう限界', help(familyPage('sibling'))],

  // Diseases the site has no room for: said plainly, no unrelated disease shown.
  ['がん', nothing()],
  ['乳がん', nothing()],
  ['糖尿病', nothing()],
  ['認知症', nothing()],
  ['白血病', nothing()],
  ['パーキンソン病', nothing()],
  ['症', nothing()],
  ['qqqzzz', nothing()],

  // Typos: nothing found, and the word that was probably meant.
  ['とうごうしつちょうしょう', nothing('統合失調症（とうごうしっちょうしょう）')],
  ['きょうひしょお', nothing('きょうひしょう')],
  ['統合失調性', first(familyCommunity)],

  // The site's own sections, and words of the pages' text.
  ['交流会', first(paths.events())],
  ['相談', first(paths.help())],
  ['匿名', first(paths.guidelines())],
  ['強皮症 交流会', first(paths.event('scleroderma-online-2026-12'))],
];

const describeAnswer = (answer: Answer) =>
  'first' in answer && !('help' in answer)
    ? `first ${answer.first}`
    : 'firstThree' in answer
      ? `first three ${answer.firstThree.join(' ')}`
      : 'help' in answer
        ? `help first${answer.first ? `, then ${answer.first}` : ''}`
        : `nothing${answer.suggests ? `, suggests ${answer.suggests}` : ''}`;

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

async function settled(on: Page = page): Promise<void> {
  await on.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return status !== '' && !status.includes('検索しています');
  });
}

async function resultPaths(on: Page = page): Promise<string[]> {
  await settled(on);
  return on.$$eval('#search-results li > a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

async function typeQuery(query: string, origin = site.origin, on: Page = page): Promise<string[]> {
  await on.goto(`${origin}/search/`);
  await on.locator('#search-input').pressSequentially(query);
  await on.locator('#search-input').press('Enter');
  return resultPaths(on);
}

/** Whether the help block is shown and stands before the status line and every result. */
function helpComesFirst(on: Page = page): Promise<boolean> {
  return on.evaluate(() => {
    const help = document.querySelector<HTMLElement>('#search-crisis');
    const status = document.querySelector('#search-status');
    const results = document.querySelector('#search-results');
    if (!help || help.hidden || !status || !results) return false;
    const before = (other: Element) => Boolean(help.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING);
    return before(status) && before(results);
  });
}

describe('the search page', () => {
  it.each(table.map(([query, answer]) => ({ query, answer, expected: describeAnswer(answer) })))(
    '$query → $expected',
    async ({ query, answer }) => {
      const found = await typeQuery(query);
      const results = `results: ${found.join(', ')}`;
      if ('help' in answer) {
        expect(await helpComesFirst(), 'the help block comes first').toBe(true);
        if (answer.first) expect(found[0], results).toBe(answer.first);
      } else {
        expect(await page.isVisible('#search-crisis'), 'no help block for an ordinary query').toBe(false);
      }
      if ('first' in answer && !('help' in answer)) expect(found[0], results).toBe(answer.first);
      if ('firstThree' in answer) expect(found.slice(0, 3).sort(), results).toEqual([...answer.firstThree].sort());
      if ('nothing' in answer) {
        expect(found, results).toEqual([]);
        expect(await page.textContent('#search-status')).toContain(`「${query}」が見つかるページはありませんでした`);
        const offered = await page.$$eval('#search-none a', (links) =>
          links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
        );
        expect(offered).toEqual(expect.arrayContaining([paths.conditions(), paths.roles(), paths.help()]));
        const suggested = await page.$$eval('#search-suggestions:not([hidden]) li', (items) =>
          items.map((item) => item.textContent ?? ''),
        );
        if (answer.suggests) expect(suggested).toContain(answer.suggests);
        else expect(suggested).toEqual([]);
      }
    },
  );

  it('shows each result as the page’s name, its kind, what it belongs to, and a passage of its own text', async () => {
    await typeQuery('兄が統合失調症');
    const [result] = await page.$$eval('#search-results li', (items) =>
      items.map((item) => ({
        title: item.querySelector('a')?.textContent,
        kind: item.querySelector('.search-kind')?.textContent,
        context: item.querySelector('.search-context')?.textContent,
      })),
    );
    expect(result).toEqual({ title: 'きょうだいの方へ', kind: '立場', context: '精神疾患のある人の家族' });
  });

  it('takes the passage from the page’s visible text around what was found, not from hidden keywords', async () => {
    await typeQuery('きょうひしょう');
    const excerpt = await page.$eval('#search-results li .search-excerpt', (node) => ({
      text: node.textContent ?? '',
      marked: [...node.querySelectorAll('mark')].map((mark) => mark.textContent),
    }));
    expect(excerpt.marked).toContain('全身性強皮症');
    const pageView = await browser.newPage();
    await pageView.goto(`${site.origin}${paths.condition('scleroderma')}`);
    const visible = (await pageView.locator('main').innerText()).replace(/\s+/g, '');
    await pageView.close();
    for (const piece of excerpt.text.split('…').filter(Boolean)) expect(visible).toContain(piece.replace(/\s+/g, ''));
    expect(excerpt.text).not.toContain('ぜんしんせいきょうひしょう');
  });

  it('links the help block to the help page and to the first phone numbers of the site’s crisis resources', async () => {
    const { site: settings } = await loadSampleContent();
    await typeQuery('死にたい');
    const links = await page.$$eval('#search-crisis a', (found) => found.map((link) => link.getAttribute('href')));
    expect(links).toContain(paths.help());
    const phones = settings.crisisResources.flatMap((resource) => (resource.phone ? [resource.phone] : [])).slice(0, 3);
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) expect(links).toContain(`tel:${phone.replaceAll('-', '')}`);
  });

  it('shows the help block even when the search index cannot be loaded', async () => {
    const offline = await browser.newPage();
    try {
      await offline.route('**/search-index/**', (route) => route.abort());
      await typeQuery('死にたい', site.origin, offline);
      expect(await helpComesFirst(offline)).toBe(true);
      expect(await offline.textContent('#search-status')).toContain('検索の準備ができませんでした');
      expect(await offline.isVisible('#search-none')).toBe(true);
    } finally {
      await offline.close();
    }
  });

  it('reads only the index and the shown pages’ files for a known word, and one share of words for other words', async () => {
    const asked: string[] = [];
    const listener = (request: { url(): string }) => asked.push(new URL(request.url()).pathname);
    page.on('request', listener);
    await typeQuery('統合失調症');
    const known = asked.filter((path) => path.startsWith('/search-index/'));
    asked.length = 0;
    await typeQuery('ニックネーム');
    const other = asked.filter((path) => path.startsWith('/search-index/'));
    page.off('request', listener);
    expect(known).toContain('/search-index/index.json');
    expect(known.filter((path) => /\/words-/.test(path))).toEqual([]);
    expect(known.filter((path) => /\/pages-/.test(path)).length).toBeLessThanOrEqual(10);
    expect(other.filter((path) => /\/words-/.test(path))).toHaveLength(1);
  });

  it('searches for the query in the address, so a search can be shared', async () => {
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('きょうだい')}`);
    expect((await resultPaths())[0]).toBe(paths.role('sibling'));
    expect(await page.inputValue('#search-input')).toBe('きょうだい');
  });

  it('links a suggestion to the search for it', async () => {
    await typeQuery('とうごうしつちょうしょう');
    await page.click('#search-suggestions a');
    expect((await resultPaths())[0]).toBe(familyCommunity);
    expect(await page.inputValue('#search-input')).toBe('統合失調症');
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

  it.each([
    ['results', '兄が統合失調症'],
    ['the help block and results', '兄が統合失調症でもう限界'],
    ['nothing found, with a suggestion', 'とうごうしつちょうしょう'],
  ])(
    'shows %s on a phone that axe finds no WCAG 2.2 A/AA fault in, with large targets and no sideways scroll',
    async (_, query) => {
      const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
      try {
        await typeQuery(query, site.origin, phone);
        await phone.evaluate(axeSource);
        const violations = await phone.evaluate(async () => {
          const { axe } = window as unknown as { axe: typeof Axe };
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            resultTypes: ['violations'],
          });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        });
        expect(violations).toEqual([]);
        const small = await phone.$$eval('main a[href], main button, main input', (elements) =>
          elements
            .filter((element) => {
              const standsAlone = element.parentElement?.textContent?.trim() === element.textContent?.trim();
              const box = element.getBoundingClientRect();
              return standsAlone && box.width > 0 && box.height < 44;
            })
            .map((element) => element.outerHTML.slice(0, 80)),
        );
        expect(small).toEqual([]);
        expect(await phone.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      } finally {
        await phone.close();
      }
    },
  );

  it('runs under the Content-Security-Policy without a single violation or error', () => {
    expect(problems).toEqual([]);
  });
});
