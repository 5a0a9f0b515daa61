import { describe, expect, it } from 'vitest';
import { searchTermFields } from '../../src/search/terms.ts';

const words = (field: string) => field.split(' ');

describe('search term fields', () => {
  it('keep the name, its bracketed parts and the reading as separate words', () => {
    const fields = searchTermFields('子ども（ヤングケアラー）', 'こども', ['ヤングケアラー', '若者ケアラー']);
    expect(words(fields.names)).toEqual(expect.arrayContaining(['子ども（ヤングケアラー）', '子ども', 'ヤングケアラー', 'こども']));
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
