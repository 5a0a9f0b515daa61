import { describe, expect, it } from 'vitest';
import { excerptOf, type ExcerptPart } from '../../src/search/excerpt.ts';

const shown = (parts: ExcerptPart[]) => parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

describe('the passage a result shows', () => {
  it('is the page’s own text around what was found, with every found word marked', () => {
    const text = 'はじめに。顕微鏡的多発血管炎（MPA）は、細い血管に炎症が起こる病気です。MPA の人と家族の場です。';
    expect(shown(excerptOf(text, ['mpa']))).toBe(
      '…顕微鏡的多発血管炎（[MPA]）は、細い血管に炎症が起こる病気です。[MPA] の人と家族の場です。',
    );
  });

  it('marks another name of what was typed when the typed word is not in the text', () => {
    expect(shown(excerptOf('全身性強皮症の人のための場です。', ['きょうひしょう'], ['全身性強皮症']))).toBe(
      '[全身性強皮症]の人のための場です。',
    );
  });

  it('compares text written full-width or in katakana as a query is, and shows it as written', () => {
    expect(shown(excerptOf('略してＳＳｃと書きます。', ['ssc']))).toBe('略して[ＳＳｃ]と書きます。');
    expect(shown(excerptOf('ヤングケアラーの会', ['やんぐけあらー']))).toBe('[ヤングケアラー]の会');
  });

  it('is the page’s first lines when nothing typed is in its text, cut short', () => {
    const text = 'あ'.repeat(200);
    const parts = excerptOf(text, ['いいい']);
    expect(parts.some((part) => part.marked)).toBe(false);
    expect(shown(parts)).toBe(`${'あ'.repeat(90)}…`);
  });
});
