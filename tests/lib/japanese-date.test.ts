import { describe, expect, it } from 'vitest';
import { formatJaDateRange, formatJaDateTime, tokyoDay, tokyoIsoDateTime } from '../../src/lib/japanese-date.ts';

describe('Japanese dates, always in Tokyo time', () => {
  it('writes a date and time with the weekday, whatever offset the content used', () => {
    expect(formatJaDateTime('2026-12-12T14:00:00+09:00')).toBe('2026年12月12日（土）14:00');
    expect(formatJaDateTime('2026-12-12T05:00:00Z')).toBe('2026年12月12日（土）14:00');
  });

  it('writes a range on one day with the end time only, and across midnight with both dates', () => {
    expect(formatJaDateRange('2026-12-12T14:00:00+09:00', '2026-12-12T15:30:00+09:00')).toBe(
      '2026年12月12日（土）14:00〜15:30',
    );
    expect(formatJaDateRange('2026-12-31T23:00:00+09:00', '2027-01-01T01:00:00+09:00')).toBe(
      '2026年12月31日（木）23:00〜2027年1月1日（金）01:00',
    );
  });

  it('puts a UTC moment that is already the next day in Tokyo on that day', () => {
    expect(tokyoDay('2026-12-05T23:30:00Z')).toBe('2026-12-06');
  });

  it('turns any moment into ISO 8601 with the +09:00 offset', () => {
    expect(tokyoIsoDateTime('2026-12-12T05:00:00.000Z')).toBe('2026-12-12T14:00:00+09:00');
    expect(tokyoIsoDateTime('2026-12-31T23:59:30+09:00')).toBe('2026-12-31T23:59:30+09:00');
    expect(tokyoIsoDateTime(new Date('2027-01-01T15:30:00Z'))).toBe('2027-01-02T00:30:00+09:00');
  });
});
