import { beforeAll, describe, expect, it } from 'vitest';
import { insideSite, paths } from '../../src/model/urls.ts';
import { buildSearchFiles, type SearchFiles } from '../../src/search/index-files.ts';
import { decodePairs, relationWeight, type SearchIndex, type SearchShard } from '../../src/search/index-format.ts';
import { searchPageLabels } from '../../src/search/page-labels.ts';
import { hasPhrases, indexWords, rankPages, readQuery, type Ranking } from '../../src/search/rank.ts';
import { searchVocabulary } from '../../src/search/vocabulary.ts';
import { informationPages, loadSampleContent } from '../support/sample-content.ts';

/**
 * Ranking on the sample's catalogue, with page texts written here so each test says what a page contains. The
 * built site's real pages are searched in Chromium by search-page.site.test.ts.
 */

const texts: Record<string, string> = {
  [paths.join()]: 'ニックネームで参加できます。オンライン交流会の参加のしかたです。',
  [paths.guidelines()]: 'ニックネームで書きこみます。',
  [paths.home()]: 'きょうだいの立場の方も、ご家族も。交流会をオンラインで開きます。',
};

let files: SearchFiles;
let index: SearchIndex;
let pathOf: (page: number) => string;

beforeAll(async () => {
  const sample = await loadSampleContent();
  const built = informationPages(sample).map((path) => ({
    path: insideSite(path),
    heading: '',
    text: texts[path] ?? '',
  }));
  files = buildSearchFiles(built, searchVocabulary(sample.catalog), searchPageLabels(sample.catalog));
  index = { ...files.index, shards: files.shards.map((_, n) => `words-${n}.json`), pages: 'pages' };
  pathOf = (page) => `/${files.pages[page]?.path ?? '?'}`;
});

function rank(query: string): Ranking {
  const searchQuery = readQuery(query, index, indexWords(index));
  const shards = new Map<number, SearchShard>(searchQuery.shards.map((shard) => [shard, files.shards[shard] ?? {}]));
  return rankPages(searchQuery, index, shards);
}

const ranked = (query: string) => {
  const ranking = rank(query);
  return ranking.by === 'nothing' ? [] : ranking.pages.map((page) => pathOf(page.page));
};

describe('a query of words the site knows', () => {
  it('finds the page of what a word names first, then the pages made of it', () => {
    const [own, next] = ranked('統合失調症');
    expect(own).toBe(paths.condition('mental-illness'));
    expect(next).toMatch(/^\/conditions\/mental-illness\/[a-z]+\/$/);
  });

  it('puts the pages made of all its words first: a family word and a diagnosis find their condition × role page', () => {
    const found = ranked('兄が統合失調症');
    expect(found[0]).toBe(paths.conditionRole('mental-illness', 'sibling'));
    expect(rank('兄が統合失調症')).toMatchObject({ by: 'words', words: ['兄', '統合失調症'], separately: false });
  });

  it('lists the pages of each word when no page is made of them all, and says so', () => {
    expect(rank('兄 血友病')).toMatchObject({ by: 'words', separately: true });
    expect(ranked('兄 血友病')[0]).toBe(paths.condition('hemophilia'));
  });

  it('lets the illness lead when no page is made of them all, even over a stronger name of another kind', () => {
    // 家族 names the rare-disease families' role, which the family community has no page for.
    expect(rank('統合失調症の家族')).toMatchObject({ by: 'words', separately: true });
    const found = ranked('統合失調症の家族');
    expect(found[0]).toBe(paths.condition('mental-illness'));
    expect(found.indexOf(paths.role('family'))).toBeGreaterThan(found.indexOf(paths.room('family-salon-parent')));
  });

  it('puts a page that only mentions a word after the pages made of it', () => {
    const found = ranked('きょうだい');
    expect(found[0]).toBe(paths.role('sibling'));
    expect(found.indexOf(paths.home())).toBeGreaterThan(found.indexOf(paths.event('sibling-online-2026-12')));
  });

  it('reorders its pages by its other words, and names the ones no page has', () => {
    expect(rank('交流会 ニックネーム')).toMatchObject({ by: 'words', missing: [] });
    expect(ranked('交流会 ニックネーム')[0]).toBe(paths.events());
    expect(rank('きょうだい ホゲホゲ')).toMatchObject({ by: 'words', missing: ['ホゲホゲ'] });
  });
});

describe('a query of other words', () => {
  it('finds the pages whose text has every one of them', () => {
    expect(rank('ニックネーム')).toMatchObject({ by: 'text', phrases: ['にっくねーむ'] });
    expect(ranked('ニックネーム').sort()).toEqual([paths.guidelines(), paths.join()].sort());
    expect(ranked('ニックネーム 書きこみ')).toEqual([paths.guidelines()]);
  });

  it('keeps its phrases, which the search page checks on each page’s text', () => {
    const ranking = rank('オンライン開催');
    expect(ranking.by).toBe('nothing');
    expect(hasPhrases({ title: '交流会', text: 'オンライン交流会です' }, ['おんらいん交流会'])).toBe(true);
    expect(hasPhrases({ title: '交流会', text: 'オンラインの交流会です' }, ['おんらいん交流会'])).toBe(false);
  });
});

describe('nothing', () => {
  it.each(['症', 'がん', 'qqqzzz', 'です', ''])('answers %j', (query) => {
    expect(rank(query).by).toBe('nothing');
  });
});

describe('the index files', () => {
  it('label each page by its name and kind, never by its hidden words', () => {
    const pair = files.pages.find((page) => page.path === insideSite(paths.conditionRole('mental-illness', 'sibling')));
    expect(pair).toMatchObject({ title: 'きょうだいの方へ', kind: '立場', context: '精神疾患のある人の家族' });
    const room = files.pages.find((page) => page.path === insideSite(paths.room('scleroderma')));
    expect(room).toMatchObject({ kind: '部屋', context: expect.stringContaining('希少疾患') });
  });

  it('keep a page’s mention of a known word with what the word names, lightly', () => {
    const home = files.pages.findIndex((page) => page.path === insideSite(paths.home()));
    const sibling = index.entities.findIndex((entity) => entity.label === 'きょうだい');
    expect(decodePairs(index.entities[sibling]?.pages ?? []).get(home)).toBe(relationWeight.mention);
  });
});
