import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../src/search/index-format.ts';
import { suggestionsFor } from '../../src/search/suggest.ts';

const index: SearchIndex = {
  words: {
    統合失調症: [0, 5],
    とうごうしっちょうしょう: [0, 5],
    きょうひしょう: [1, 5],
    mpa: [2, 5],
    うつ: [0, 5],
  },
  written: { とうごうしっちょうしょう: '統合失調症', mpa: 'MPA' },
  entities: [],
  shards: [],
  pages: 'pages',
};

describe('what a visitor may have meant', () => {
  it('is the word whose reading a kana typo is closest to, shown as written with its reading', () => {
    expect(suggestionsFor('とうごうしつちょうしょう', index)).toEqual([
      { query: '統合失調症', label: '統合失調症（とうごうしっちょうしょう）' },
    ]);
    expect(suggestionsFor('キョウヒショオ', index)).toEqual([{ query: 'きょうひしょう', label: 'きょうひしょう' }]);
  });

  it('is the words that begin with what was typed', () => {
    expect(suggestionsFor('とうごう', index)).toEqual([
      { query: '統合失調症', label: '統合失調症（とうごうしっちょうしょう）' },
    ]);
    expect(suggestionsFor('MP', index)).toEqual([{ query: 'MPA', label: 'MPA' }]);
  });

  it('is nothing for a word unlike any the site knows, or a single character', () => {
    expect(suggestionsFor('がん', index)).toEqual([]);
    expect(suggestionsFor('う', index)).toEqual([]);
  });
});
