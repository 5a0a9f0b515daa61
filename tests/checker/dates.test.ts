import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/checker/explain-issues.ts';
import { parseYaml } from '../../src/checker/frontmatter.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import { dateTime, day } from '../../src/schemas/common.ts';

const moments = z.strictObject({ title: z.string(), start: dateTime.optional(), lastReviewed: day.optional() });

/** The problems of a frontmatter (its first line is file line 2) as `npm run check` prints them. */
function check(...lines: string[]): string[] {
  const parsed = parseYaml(['title: 交流会', ...lines].join('\n'), 2);
  if (!parsed.ok) throw new Error(parsed.message);
  const result = validate(moments, parsed.data, { file: 'content/events/x.mdx', lineOf: parsed.lineOf });
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('moments and days as staff write them', () => {
  it('says a date that does not exist does not exist, even though the offset is there', () => {
    expect(check('start: 2027-02-30T10:00:00+09:00')).toEqual([
      'content/events/x.mdx:3 start — 「2027-02-30」という日はありません。日付を確かめてください。',
    ]);
    expect(check('start: 2027-02-29T10:00:00+09:00')).toEqual([
      'content/events/x.mdx:3 start — 「2027-02-29」という日はありません。日付を確かめてください。',
    ]);
    expect(check('start: 2027-13-01T10:00:00+09:00')).toEqual([
      'content/events/x.mdx:3 start — 「2027-13-01」という日はありません。日付を確かめてください。',
    ]);
    expect(check('start: 2028-02-29T10:00:00+09:00')).toEqual([]);
  });

  it('asks for +09:00 only when the offset is what is missing', () => {
    expect(check('start: 2026-12-12T14:00:00')).toEqual([
      'content/events/x.mdx:3 start — 日時は「2026-12-05T14:00:00+09:00」の形で、最後に +09:00 を付けて書いてください。',
    ]);
    expect(check('start: 2026-12-12')).toEqual([
      'content/events/x.mdx:3 start — 時刻がありません。「2026-12-05T14:00:00+09:00」のように、日付のあとに T と時刻を書き、最後に +09:00 を付けてください。',
    ]);
    expect(check('start: 2026-12-12T24:30+09:00')).toEqual([
      'content/events/x.mdx:3 start — 「24:30」という時刻はありません。00:00〜23:59 の時刻を書いてください。',
    ]);
    expect(check('start: 12月12日 14時')).toEqual([
      'content/events/x.mdx:3 start — 日時は「2026-12-05T14:00:00+09:00」の形（日付、T、時刻、最後に +09:00）で書いてください。',
    ]);
  });

  it('accepts ISO 8601 times without seconds, with seconds and fractions, and in UTC', () => {
    for (const text of [
      '2027-03-31T22:00+09:00',
      '2027-03-31T22:00:00+09:00',
      '2027-03-31T22:00:00.000+09:00',
      '2027-03-31T13:00Z',
    ]) {
      expect(check(`start: ${text}`), text).toEqual([]);
      expect(Date.parse(dateTime.parse(text)), text).toBe(Date.UTC(2027, 2, 31, 13, 0));
    }
  });

  it('treats the Date objects Astro’s YAML reader hands over like the text they were read from', () => {
    // js-yaml (Astro) reads an unquoted timestamp as a Date and a bare day as midnight UTC.
    expect(Date.parse(dateTime.parse(new Date(Date.UTC(2027, 2, 31, 13, 0))))).toBe(
      Date.parse(dateTime.parse('2027-03-31T22:00:00+09:00')),
    );
    expect(day.parse(new Date(Date.UTC(2026, 10, 23)))).toBe(day.parse('2026-11-23'));
    expect(dateTime.safeParse(new Date(Number.NaN)).success).toBe(false);
  });

  it('says a day that does not exist does not exist', () => {
    expect(check('lastReviewed: 2026-02-30')).toEqual([
      'content/events/x.mdx:3 lastReviewed — 「2026-02-30」という日はありません。日付を確かめてください。',
    ]);
    expect(check('lastReviewed: 2026/11/23')).toEqual([
      'content/events/x.mdx:3 lastReviewed — 日付は「2026-11-23」の形で書いてください。',
    ]);
    expect(check('lastReviewed: 2028-02-29')).toEqual([]);
  });
});
