import { describe, expect, it } from 'vitest';
import { furiganaWords } from '../../src/furigana/named-readings.ts';
import { createFurigana } from '../../src/furigana/readings.ts';
import { loadSampleContent } from '../support/sample-content.ts';

const { catalog } = await loadSampleContent();

const named = (name: string, reading: string, searchWords: { word: string; reading?: string }[] = []) => ({
  data: { name, reading, searchWords },
});
const withoutRp = (html: string) => html.replace(/<rp>[^<]*<\/rp>/g, '');

describe('the readings staff wrote for names, on pages for children', () => {
  it('read a medical name as written, where the analyzer alone guesses it wrong', async () => {
    const text = '全身性筋炎の子どもの部屋';
    const alone = await createFurigana({});
    expect(withoutRp((await alone.annotate(text)).html)).not.toContain('ぜんしんせい');
    const words = furiganaWords({ conditions: [named('全身性筋炎', 'ぜんしんせいきんえん')], roles: [] }, {});
    expect(words).toEqual({ 全身性筋炎: 'ぜんしんせいきんえん' });
    const { html } = await (await createFurigana(words)).annotate(text);
    expect(withoutRp(html)).toContain('<ruby>全身性筋炎<rt>ぜんしんせいきんえん</rt></ruby>');
  });

  it('are the names and diagnoses of the content, without one-character words or readings that do not fit', () => {
    const words = furiganaWords(
      {
        conditions: [
          named('精神疾患のある人の家族', 'せいしんしっかんのあるひとのかぞく', [
            { word: '統合失調症', reading: 'とうごうしっちょうしょう' },
            { word: 'PTSD' },
          ]),
          named('ANCA関連血管炎', 'あんかかんれんけっかんえん'),
        ],
        roles: [named('親', 'おや'), named('子ども', 'こども')],
      },
      {},
    );
    expect(words).toEqual({
      精神疾患のある人の家族: 'せいしんしっかんのあるひとのかぞく',
      統合失調症: 'とうごうしっちょうしょう',
      子ども: 'こども',
    });
  });

  it('give way to the staff’s own dictionary', () => {
    const words = furiganaWords(
      { conditions: [named('血友病', 'けつゆうびょう')], roles: [] },
      { 血友病: 'けつゆーびょう' },
    );
    expect(words.血友病).toBe('けつゆーびょう');
  });

  it('cover the name of every condition of the sample', () => {
    const words = furiganaWords(catalog, {});
    for (const condition of catalog.conditions.filter((entry) => /\p{Script=Han}/u.test(entry.data.name)))
      expect(words[condition.data.name], condition.id).toBe(condition.data.reading);
  });
});
