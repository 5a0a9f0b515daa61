import { describe, expect, it } from 'vitest';
import { builtInCrisisWords } from '../../src/model/crisis-words.ts';
import { isCrisisQuery } from '../../src/search/crisis.ts';

describe('a query that says what a person in crisis says', () => {
  it.each(['死にたい', 'もう死にたい', 'しにたい', 'シニタイ', 'ｼﾆﾀｲ', '死に たい', '消えたい', '自殺', '限界です'])(
    'is %s',
    (query) => {
      expect(isCrisisQuery(query, builtInCrisisWords)).toBe(true);
    },
  );

  it.each(['統合失調症', 'きょうだい', '交流会', ''])('is not %j', (query) => {
    expect(isCrisisQuery(query, builtInCrisisWords)).toBe(false);
  });

  it('includes the site’s own words', () => {
    expect(isCrisisQuery('もう無理です', builtInCrisisWords)).toBe(false);
    expect(isCrisisQuery('もう無理です', [...builtInCrisisWords, 'もう無理'])).toBe(true);
  });
});
