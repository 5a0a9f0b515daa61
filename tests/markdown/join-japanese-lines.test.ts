import { describe, expect, it } from 'vitest';
import { joinJapaneseText } from '../../src/markdown/join-japanese-lines.ts';

describe('joining the lines of a Japanese paragraph', () => {
  it('drops the break between two Japanese sentences', () => {
    expect(joinJapaneseText('部屋です。\nスタッフが見守っています。')).toBe('部屋です。スタッフが見守っています。');
  });

  it('drops it after Japanese punctuation and around kana, kanji and full-width brackets', () => {
    expect(joinJapaneseText('「患者による、\n患者のための」\n（共同管理人）')).toBe(
      '「患者による、患者のための」（共同管理人）',
    );
  });

  it('keeps a space where a Latin word or a digit meets the break', () => {
    expect(joinJapaneseText('LINE\nを開きます')).toBe('LINE\nを開きます');
    expect(joinJapaneseText('会場は\n10 人まで')).toBe('会場は\n10 人まで');
  });

  it('leaves English alone', () => {
    expect(joinJapaneseText('one line\nanother line')).toBe('one line\nanother line');
  });
});

describe('lines saved with Windows or old Mac line endings', () => {
  it('are joined the same way', () => {
    expect(joinJapaneseText('部屋です。\r\nスタッフが見守っています。')).toBe('部屋です。スタッフが見守っています。');
    expect(joinJapaneseText('部屋です。\rスタッフが見守っています。')).toBe('部屋です。スタッフが見守っています。');
  });

  it('keep the break next to a Latin word, as a plain line break', () => {
    expect(joinJapaneseText('LINE\r\nを開きます')).toBe('LINE\nを開きます');
  });
});
