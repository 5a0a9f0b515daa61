import { describe, expect, it } from 'vitest';
import { normaliseQuery } from '../../src/search/query.ts';

describe('a typed query', () => {
  it('has full-width letters and digits made half-width', () => {
    expect(normaliseQuery('ＭＰＡ')).toBe('MPA');
    expect(normaliseQuery('血友病Ａ')).toBe('血友病A');
  });

  it('has its spaces tidied, full-width ones included', () => {
    expect(normaliseQuery('　強皮症　 きょうだい  ')).toBe('強皮症 きょうだい');
  });

  it('has half-width katakana made full-width', () => {
    expect(normaliseQuery('ｷｮｳﾋｼｮｳ')).toBe('キョウヒショウ');
    expect(normaliseQuery('ﾃﾞｨｰｴｰｼﾞｰﾋﾟｰ')).toBe('ディーエージーピー');
  });

  it('keeps kana as typed', () => {
    expect(normaliseQuery('きょうひしょう')).toBe('きょうひしょう');
    expect(normaliseQuery('ヤングケアラー')).toBe('ヤングケアラー');
  });
});
