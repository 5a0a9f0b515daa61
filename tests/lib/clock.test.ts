import { describe, expect, it } from 'vitest';
import { siteNow } from '../../src/lib/clock.ts';

describe('the moment the site is built for', () => {
  it('is the one HIROBA_NOW pins', () => {
    expect(siteNow({ HIROBA_NOW: '2026-11-23T12:00:00+09:00' }).toISOString()).toBe('2026-11-23T03:00:00.000Z');
  });

  it('is the same moment for every page of a build when not pinned', () => {
    const first = siteNow({});
    expect(Math.abs(first.getTime() - Date.now())).toBeLessThan(60 * 60 * 1000);
    expect(siteNow({ HIROBA_NOW: '' })).toBe(first);
  });

  it('refuses a value that is not a date, saying how to write one', () => {
    expect(() => siteNow({ HIROBA_NOW: 'next tuesday' })).toThrow(/2026-11-23T12:00:00\+09:00 の形/);
  });
});
