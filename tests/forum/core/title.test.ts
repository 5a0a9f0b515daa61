import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../src/forum/core/title.ts';

const japanese = { prettify: false, allowUppercase: false, locale: 'ja' };
const english = { prettify: true, allowUppercase: false, locale: 'en' };

describe('titles as Discourse stores them (TextCleaner.clean_title)', () => {
  it('collapses spaces, turns ideographic spaces into plain ones and trims', () => {
    expect(cleanTitle('  親の部屋　交流会  ', japanese)).toBe('親の部屋 交流会');
    expect(cleanTitle('親の部屋   交流会', japanese)).toBe('親の部屋 交流会');
    expect(cleanTitle('親の部屋\u200b交流会', japanese)).toBe('親の部屋交流会');
  });

  it('prettifies like an English-locale forum does when title_prettify is on', () => {
    expect(cleanTitle('zoom meeting!!!', english)).toBe('Zoom meeting!');
    expect(cleanTitle('交流会のお知らせ。。', english)).toBe('交流会のお知らせ。。');
    expect(cleanTitle('交流会のお知らせ...', english)).toBe('交流会のお知らせ');
    expect(cleanTitle('Is there a meeting for siblings ??', english)).toBe('Is there a meeting for siblings?');
    expect(cleanTitle('ONLINE MEETING FOR PARENTS', english)).toBe('Online meeting for parents');
    expect(cleanTitle('iPhone tips for the meeting room', english)).toBe('iPhone tips for the meeting room');
  });

  it('keeps capitals where allow_uppercase_posts is on, and the space before a ! on a prettifying forum of another language', () => {
    expect(cleanTitle('MPA FAMILY MEETING', { ...english, allowUppercase: true })).toBe('MPA FAMILY MEETING');
    expect(cleanTitle('Meeting for parents !', { ...english, locale: 'de' })).toBe('Meeting for parents !');
  });

  it('leaves Japanese titles alone on a Japanese-locale forum', () => {
    expect(cleanTitle('【満席】MPA 交流会...', japanese)).toBe('【満席】MPA 交流会...');
  });
});
