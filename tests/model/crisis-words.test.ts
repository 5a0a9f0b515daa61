import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCrisisWords, crisisWordsOf } from '../../src/model/crisis-words.ts';

describe('the words that lead a search to help', () => {
  it('are the built-in ones, then the site’s own, each once', () => {
    expect(crisisWordsOf({ crisisWords: ['もう無理', '死にたい'] })).toEqual([...builtInCrisisWords, 'もう無理']);
  });

  it('always include the expressions of the issue, in kanji and kana', () => {
    for (const word of [
      '死にたい',
      'しにたい',
      '消えたい',
      'きえたい',
      '自殺',
      'じさつ',
      '助けて',
      'たすけて',
      '限界',
    ]) {
      expect(builtInCrisisWords).toContain(word);
    }
  });

  it('are each listed in the staff guide, so staff know what they need not write', () => {
    const guide = readFileSync(new URL('../../docs/content-guide.md', import.meta.url), 'utf8');
    const listed = guide.slice(guide.indexOf('**緊急の言葉**'));
    for (const word of builtInCrisisWords) expect(listed, word).toContain(word);
  });
});
