import { describe, expect, it } from 'vitest';
import { matchForm } from '../../src/lib/typed-text.ts';
import { buildSearchFiles } from '../../src/search/index-files.ts';
import { decodePairs, encodePairs, relationWeight, type SearchEntityKind } from '../../src/search/index-format.ts';
import { shardOf } from '../../src/search/word-finder.ts';

const entity = (label: string, own: string, kind: SearchEntityKind) => ({
  label,
  kind,
  words: [{ form: label, written: label, strength: 6 }],
  pages: new Map([[own, relationWeight.own]]),
});

describe('the lists of the index', () => {
  it('are written as steps in small numbers and read back as they were', () => {
    const pages = new Map([
      [1200, 3],
      [7, 10],
      [1203, 1],
    ]);
    expect(encodePairs(pages)).toEqual([7, 10, 1193, 3, 3, 1]);
    expect(decodePairs(encodePairs(pages))).toEqual(new Map([...pages].sort(([a], [b]) => a - b)));
  });
});

describe('the search files of a site', () => {
  const pages = [
    { path: 'roles/family/', heading: '家族の方へ', text: '家族の話。' },
    { path: 'conditions/ssc/', heading: '強皮症', text: '強皮症の話。' },
    ...Array.from({ length: 30 }, (_, n) => ({
      path: `p/${n}/`,
      heading: `ページ ${n}`,
      text: `家族の話。${n < 2 ? '強皮症のこと。' : ''}言葉${n}番ワード${'とても長い文章です。'.repeat(n === 0 ? 300 : 1)}`,
    })),
  ];
  const files = buildSearchFiles(
    pages,
    [entity('家族', 'roles/family/', 'role'), entity('強皮症', 'conditions/ssc/', 'condition')],
    new Map(),
  );
  const pagesOf = (label: string) =>
    [...decodePairs(files.index.entities.find((found) => found.label === label)?.pages ?? [])].map(([page, weight]) => [
      files.pages[page]?.path,
      weight,
    ]);

  it('keep the pages that mention a word with it, lightly, when they are few', () => {
    expect(pagesOf('強皮症')).toEqual([
      ['conditions/ssc/', relationWeight.own],
      ['p/0/', relationWeight.mention],
      ['p/1/', relationWeight.mention],
    ]);
  });

  it('leave out the mentions of a word most pages say, keeping the pages made of it', () => {
    expect(pagesOf('家族')).toEqual([['roles/family/', relationWeight.own]]);
  });

  it('keep the start of a long page’s text, and a short page’s whole text', () => {
    expect(files.pages.find((page) => page.path === 'p/0/')?.text).toHaveLength(2000);
    expect(files.pages.find((page) => page.path === 'p/1/')?.text).toBe(pages[3]?.text);
  });

  it('label a page the catalogue does not name by its heading, as a guide', () => {
    expect(files.pages[2]).toMatchObject({ title: 'ページ 0', kind: '案内' });
  });

  it('keep each other word in the share its name says, with its pages', () => {
    const shards = files.shards;
    for (const word of ['ワード', '言葉', '文章'].map(matchForm)) {
      const pagesOfWord = decodePairs(shards[shardOf(word, shards.length)]?.[word] ?? []);
      expect(pagesOfWord.size, word).toBe(30);
    }
  });
});
