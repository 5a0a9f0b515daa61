import { describe, expect, it } from 'vitest';
import { matchForm } from '../../src/lib/typed-text.ts';
import { knownWords, readLongText, readText, shardOf } from '../../src/search/word-finder.ts';

const known = knownWords(
  [
    '統合失調症',
    'うつ',
    'うつ病',
    '兄',
    '母',
    '夫',
    '彼',
    'かれ',
    'あに',
    'がん',
    'きょうだい',
    'アルコール依存症',
    'MPA',
  ].map(matchForm),
);
const wordsIn = (text: string, options?: { completing?: boolean }) =>
  readText(text, known, options).words.map((word) => word.text);
const tokensIn = (text: string) => readText(text, known).tokens.map((token) => token.text);

describe('reading a text for the words the site knows', () => {
  it('finds a known compound whole, never a character of it', () => {
    expect(wordsIn('統合失調症')).toEqual(['統合失調症']);
    expect(wordsIn('兄が統合失調症です')).toEqual(['兄', '統合失調症']);
    expect(wordsIn('症')).toEqual([]);
  });

  it('takes the longest known word that starts there', () => {
    expect(wordsIn('うつ病の母')).toEqual(['うつ病', '母']);
  });

  it('finds a word only where the text around it has a word boundary at both its ends', () => {
    expect(wordsIn('大丈夫')).toEqual([]);
    expect(wordsIn('がんばる')).toEqual([]);
    expect(wordsIn('がんの母')).toEqual(['がん', '母']);
  });

  it('finds a word in hiragana only between the text’s ends, other scripts or particles', () => {
    expect(wordsIn('あにがうつ')).toEqual(['あに', 'うつ']);
    expect(wordsIn('うつです')).toEqual(['うつ']);
    expect(wordsIn('きょうだいならでは')).toEqual(['きょうだい']);
    // The segmenter cuts unknown hiragana into single characters: つ / か / れ / た holds no かれ.
    expect(wordsIn('つかれた')).toEqual([]);
    // A particle does not begin a text: もう is not も + うつ.
    expect(wordsIn('もうつかれた')).toEqual([]);
  });

  it('reads katakana, half-width and full-width forms as the word they write', () => {
    expect(readText('ｱﾙｺｰﾙ依存症', known).words.map((word) => word.form)).toEqual([matchForm('アルコール依存症')]);
    expect(wordsIn('ＭＰＡの会')).toEqual(['MPA']);
    expect(wordsIn('キョウダイ')).toEqual(['キョウダイ']);
  });

  it('completes a word still being typed, only when asked and once half of it is there', () => {
    expect(wordsIn('アルコール依存', { completing: true })).toEqual(['アルコール依存']);
    expect(readText('アルコール依存', known, { completing: true }).words[0]?.completes).toEqual([
      matchForm('アルコール依存症'),
    ]);
    expect(wordsIn('アルコール依存')).toEqual([]);
    expect(wordsIn('アル', { completing: true })).toEqual([]);
    expect(wordsIn('き', { completing: true })).toEqual([]);
  });
});

describe('the other words of a text', () => {
  it('are the segmenter’s words of two characters or more, without function words', () => {
    expect(tokensIn('ニックネームで参加できます')).toEqual(['ニックネーム', '参加']);
    expect(tokensIn('は')).toEqual([]);
  });

  it('leave out the short pieces the segmenter cuts unknown hiragana into', () => {
    expect(tokensIn('しています')).toEqual([]);
    expect(tokensIn('おんらいん')).toEqual([]);
    expect(tokensIn('ありがとう')).toEqual(['ありがとう']);
  });

  it('leave out what the known words cover', () => {
    expect(tokensIn('兄が統合失調症で通院しています')).toEqual(['通院']);
  });

  it('are counted, folded, once each', () => {
    const read = readText('オンライン オンライン ｵﾝﾗｲﾝ', known);
    expect(read.tokens).toEqual([{ form: 'おんらいん', text: 'オンライン', count: 3 }]);
  });

  it('make phrases between function words, which a page must contain as they stand', () => {
    expect(readText('オンライン交流会に参加したい', known).phrases).toEqual(['おんらいん交流会', '参加']);
  });
});

describe('the share of words a word is kept in', () => {
  it('is the same number each time, within the count', () => {
    for (const word of ['交流会', 'おんらいん', 'mpa']) {
      expect(shardOf(word, 7)).toBe(shardOf(word, 7));
      expect(shardOf(word, 7)).toBeGreaterThanOrEqual(0);
      expect(shardOf(word, 7)).toBeLessThan(7);
      expect(shardOf(word, 1)).toBe(0);
    }
  });
});

describe('reading a long text a piece at a time', () => {
  const withSpaced = knownWords(
    ['統合失調症', 'うつ', '兄', 'きょうだい', '希少疾患 当事者・ご家族', 'LINE オープンチャット', 'MPA'].map(
      matchForm,
    ),
  );
  const pieces = [
    '統合失調症',
    'うつ',
    'うつで',
    'もう',
    'つかれた',
    '兄が',
    'きょうだい',
    'の',
    'が',
    '希少疾患',
    '当事者・ご家族',
    'LINE',
    'オープンチャット',
    'ｵｰﾌﾟﾝﾁｬｯﾄ',
    'オンライン交流会',
    'に参加したい',
    '゛',
    'ガ゛',
    '\u0301abc',
    '\u200dきょうだい',
    '。',
    'ＭＰＡ',
  ];
  // A fixed sequence of pseudo-random picks, so every run tries the same texts.
  let seed = 7;
  const pick = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return pieces[seed % pieces.length] ?? '';
  };
  const texts = Array.from({ length: 2000 }, () =>
    Array.from({ length: 1 + (pick().length % 7) }, () => pick() + (pick().length % 3 === 0 ? '' : ' ')).join(''),
  );

  it('gives what reading it whole gives: the same words, words counted and phrases', () => {
    for (const text of texts) expect(readLongText(text, withSpaced), text).toEqual(readText(text, withSpaced));
  });

  it('finds a known name that holds a space across the space, and counts a repeated piece each time', () => {
    const read = readLongText('希少疾患 当事者・ご家族 の会 LINE オープンチャット 兄が 兄が', withSpaced);
    expect(read.words.map((word) => word.text)).toEqual([
      '希少疾患 当事者・ご家族',
      'LINE オープンチャット',
      '兄',
      '兄',
    ]);
    expect(read).toEqual(readText('希少疾患 当事者・ご家族 の会 LINE オープンチャット 兄が 兄が', withSpaced));
  });
});
