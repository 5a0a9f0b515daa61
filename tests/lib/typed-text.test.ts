import { describe, expect, it } from 'vitest';
import { foldForMatching, matchForm, normaliseQuery } from '../../src/lib/typed-text.ts';

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

describe('the form typed and written words are compared in', () => {
  it('reads katakana as hiragana and letters in lower case, whether typed full-width or half-width', () => {
    for (const typed of ['トウゴウシッチョウショウ', 'ﾄｳｺﾞｳｼｯﾁｮｳｼｮｳ', 'とうごうしっちょうしょう']) {
      expect(matchForm(typed), typed).toBe('とうごうしっちょうしょう');
    }
    for (const typed of ['MPA', 'ＭＰＡ', 'mpa', 'Mpa']) expect(matchForm(typed), typed).toBe('mpa');
  });

  it('keeps kanji, the long vowel mark and other scripts as they are', () => {
    expect(matchForm('ヤングケアラー')).toBe('やんぐけあらー');
    expect(matchForm('統合失調症')).toBe('統合失調症');
  });

  it('keeps every position, so a place found in the folded text is the same place in the tidied one', () => {
    for (const text of ['兄がトウゴウシッチョウショウ', 'ANCA関連血管炎', 'ヴァイオリン']) {
      expect(foldForMatching(text)).toHaveLength(text.length);
    }
  });
});
