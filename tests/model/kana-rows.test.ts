import { describe, expect, it } from 'vitest';
import { kanaRowOf, listConditions, longConditionList } from '../../src/model/kana-rows.ts';
import { condition } from '../checker/support/content-builders.ts';

const named = (slug: string, reading: string) => ({ condition: condition(slug, { reading }) });

describe('the kana row a condition is filed under', () => {
  it('is that of the first kana of its reading, voiced and small kana with their plain kana', () => {
    expect(kanaRowOf('ぜんしんせいきょうひしょう').id).toBe('sa');
    expect(kanaRowOf('がん').id).toBe('ka');
    expect(kanaRowOf('ぱーきんそんびょう').id).toBe('ha');
    expect(kanaRowOf('ゔぃるむすしゅよう').id).toBe('a');
    expect(kanaRowOf('わーきんぐめもり').label).toBe('わをん');
  });

  it('passes over what is written before the first kana, and files a reading without one last', () => {
    expect(kanaRowOf('・ ろうか').label).toBe('らりるれろ');
    expect(kanaRowOf('ー').label).toBe('そのほか');
  });
});

describe('a list of conditions', () => {
  it('is shown whole, in its own order, while it is short enough to read down', () => {
    const few = [named('b', 'ばら'), named('a', 'あお')];
    expect(listConditions(few)).toEqual({ kind: 'whole', items: few });
  });

  it('is filed by kana row once it is longer, each row in the order of the readings and no row left empty', () => {
    const many = Array.from({ length: longConditionList }, (_, at) =>
      named(`k${at}`, `か${'あいうえお'[at % 5]}${at}`),
    );
    const listing = listConditions([named('late', 'わに'), ...many, named('early', 'あさ'), named('ga', 'がい')]);
    if (listing.kind !== 'by-row') throw new Error('a long list is filed by row');
    expect(listing.rows.map(({ row }) => row.label)).toEqual(['あいうえお', 'かきくけこ', 'わをん']);
    const ka = listing.rows[1]?.items.map((item) => item.condition.data.reading) ?? [];
    expect(ka).toHaveLength(longConditionList + 1);
    expect(ka).toEqual([...ka].sort((a, b) => a.localeCompare(b, 'ja')));
    expect(listing.rows.flatMap(({ items }) => items)).toHaveLength(longConditionList + 3);
  });
});
