import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../src/forum/title.ts';

describe('titles as Discourse stores them', () => {
  it('collapses spaces, turns ideographic spaces into plain ones and trims', () => {
    expect(cleanTitle('  親の部屋　交流会  ', { prettify: false, allowUppercase: false })).toBe('親の部屋 交流会');
    expect(cleanTitle('親の部屋   交流会', { prettify: false, allowUppercase: false })).toBe('親の部屋 交流会');
  });

  it('prettifies like an English-locale forum does when title_prettify is on', () => {
    const rules = { prettify: true, allowUppercase: false };
    expect(cleanTitle('zoom meeting!!!', rules)).toBe('Zoom meeting!');
    expect(cleanTitle('交流会のお知らせ。。', rules)).toBe('交流会のお知らせ。。');
    expect(cleanTitle('交流会のお知らせ...', rules)).toBe('交流会のお知らせ');
  });

  it('leaves Japanese titles alone on a Japanese-locale forum', () => {
    expect(cleanTitle('【満席】MPA 交流会...', { prettify: false, allowUppercase: false })).toBe('【満席】MPA 交流会...');
  });
});
