import { describe, expect, it } from 'vitest';
import { normaliseQuery } from '../../src/search/query.ts';
import { searchTermFields } from '../../src/search/terms.ts';

const words = (field: string) => field.split(' ');

describe('search term fields', () => {
  it('keep the name, its bracketed parts and the reading as separate words', () => {
    const fields = searchTermFields('子ども（ヤングケアラー）', 'こども', ['ヤングケアラー', '若者ケアラー']);
    // The whole name is tidied as a query would be: its full-width brackets are half-width, as in 子ども(ヤングケアラー) typed.
    expect(words(fields.names)).toEqual(
      expect.arrayContaining(['子ども(ヤングケアラー)', '子ども', 'ヤングケアラー', 'こども']),
    );
    expect(words(fields.aliases)).toEqual(expect.arrayContaining(['ヤングケアラー', '若者ケアラー']));
  });

  it('split names at middle dots', () => {
    expect(words(searchTermFields('配偶者・パートナー', 'はいぐうしゃ・ぱーとなー', []).names)).toEqual(
      expect.arrayContaining(['配偶者', 'パートナー', 'はいぐうしゃ', 'ぱーとなー']),
    );
  });

  it('add the words a browser cuts a compound query into, so each of them has a match', () => {
    const fields = searchTermFields('顕微鏡的多発血管炎', 'けんびきょうてきたはつけっかんえん', ['MPA', '多発血管炎']);
    const querySegmenter = new Intl.Segmenter('ja', { granularity: 'word' });
    const queryWords = [...querySegmenter.segment('多発血管炎')].map((segment) => segment.segment);
    expect(queryWords.length).toBeGreaterThan(1);
    for (const word of queryWords.filter((word) => word.length > 1)) expect(words(fields.aliases)).toContain(word);
  });

  it('leave out single characters, which would match particles in unrelated queries', () => {
    const fields = searchTermFields('顕微鏡的多発血管炎', 'けんびきょうてきたはつけっかんえん', ['多発血管炎']);
    for (const word of [...words(fields.names), ...words(fields.aliases)]) expect([...word].length).toBeGreaterThan(1);
  });

  it('list each word once and leave aliases empty when there are none', () => {
    const fields = searchTermFields('きょうだい', 'きょうだい', []);
    expect(words(fields.names).filter((word) => word === 'きょうだい')).toHaveLength(1);
    expect(fields.aliases).toBe('');
  });
});

describe('terms written in full-width letters or half-width kana', () => {
  it('are tidied as a typed query is, so either way of writing finds the page', () => {
    const fields = searchTermFields('血友病Ａ', 'けつゆうびょうえー', ['ＳＳｃ', 'ｷｮｳﾋｼｮｳ', 'ﾃﾞｨｰｴｰｼﾞｰﾋﾟｰ']);
    expect(words(fields.names)).toContain('血友病A');
    expect(words(fields.aliases)).toEqual(expect.arrayContaining(['SSc', 'キョウヒショウ', 'ディーエージーピー']));
    for (const query of ['ＳＳｃ', 'SSc', 'ｷｮｳﾋｼｮｳ', 'キョウヒショウ', 'ﾃﾞｨｰｴｰｼﾞｰﾋﾟｰ', 'ディーエージーピー']) {
      expect(words(fields.aliases), query).toContain(normaliseQuery(query));
    }
    for (const word of [...words(fields.names), ...words(fields.aliases)]) expect(word).toBe(normaliseQuery(word));
  });

  it('are tidied in the page text the search indexes too', () => {
    const fields = searchTermFields('全身性強皮症', 'ぜんしんせいきょうひしょう', ['ＳＳｃ', 'ｷｮｳﾋｼｮｳ']);
    expect(fields.pageText).toBe('ぜんしんせいきょうひしょう SSc キョウヒショウ');
  });
});
