import { describe, expect, it } from 'vitest';
import type { Ranking } from '../../src/search/rank.ts';
import { searchStatus } from '../../src/search/search-status.ts';

const words = (more: Partial<Extract<Ranking, { by: 'words' }>> = {}): Ranking => ({
  by: 'words',
  pages: [],
  words: ['統合失調症'],
  separately: false,
  missing: [],
  ...more,
});
const found = { shown: 10, total: 26, more: false, crisis: false };

describe('what the search says about its results', () => {
  it('counts the pages that answer, and how many of them it shows', () => {
    expect(searchStatus.of('統合失調症', words(), found)).toBe(
      '「統合失調症」に当てはまるページ: 26 件（関係の深いものから 10 件を出しています）。',
    );
    expect(searchStatus.of('血友病', words(), { ...found, shown: 9, total: 9 })).toBe(
      '「血友病」に当てはまるページ: 9 件。',
    );
  });

  it('says when no page answers every word, and which words no page has', () => {
    expect(searchStatus.of('兄 血友病', words({ words: ['兄', '血友病'], separately: true }), found)).toMatch(
      /^「兄」と「血友病」のすべてに当てはまるページはありませんでした。どれかに当てはまるページ: 26 件/,
    );
    expect(searchStatus.of('きょうだい ホゲ', words({ missing: ['ホゲ'] }), found)).toMatch(
      /「ホゲ」が出てくるページはありませんでした。$/,
    );
  });

  it('says plainly when nothing was found', () => {
    expect(searchStatus.of('がん', { by: 'nothing', missing: [] }, { ...found, shown: 0, total: 0 })).toBe(
      '「がん」が見つかるページはありませんでした。',
    );
  });

  it('points to the help above for a crisis query, and says nothing of words not found', () => {
    expect(searchStatus.of('死にたい', { by: 'nothing', missing: [] }, { ...found, shown: 0, crisis: true })).toBe(
      'いちばん上に、いま相談できる窓口を出しています。',
    );
    expect(searchStatus.of('限界', words({ missing: ['限界'] }), { ...found, crisis: true })).not.toContain('限界」が');
  });

  it('counts pages of other words as at least so many when some were left unchecked', () => {
    expect(searchStatus.of('交流', { by: 'text', pages: [], phrases: [] }, { ...found, total: 40, more: true })).toBe(
      '「交流」が出てくるページ: 40 件以上（関係の深いものから 10 件を出しています）。',
    );
  });
});
