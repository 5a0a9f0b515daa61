import { describe, expect, it } from 'vitest';
import { googleCalendarTime, googleCalendarUrl } from '../../src/calendar/google.ts';
import { event, site, venue } from './fixtures.ts';

describe('the "add to Google Calendar" link', () => {
  const url = new URL(googleCalendarUrl(event('mpa-hybrid-2027-01', { format: 'hybrid', venue }), site));

  it('opens the event template form on Google Calendar', () => {
    expect(`${url.origin}${url.pathname}`).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
  });

  it('carries the start and end as UTC instants and shows them in Tokyo time', () => {
    expect(url.searchParams.get('dates')).toBe('20261212T050000Z/20261212T063000Z');
    expect(url.searchParams.get('ctz')).toBe('Asia/Tokyo');
  });

  it('fills in the title, the place and notes that link back to the event page', () => {
    expect(url.searchParams.get('text')).toBe('強皮症 オンラインおしゃべり会（12月）');
    expect(url.searchParams.get('location')).toBe('東京都内の区民会館 会議室 東京都千代田区1-1／オンライン');
    expect(url.searchParams.get('details')).toContain('https://hiroba.example/events/mpa-hybrid-2027-01/');
  });
});

describe('Google Calendar time format', () => {
  it('converts an offset time to the compact UTC form', () => {
    expect(googleCalendarTime('2027-01-23T13:30:00+09:00')).toBe('20270123T043000Z');
    expect(googleCalendarTime('2027-01-01T08:00:00+09:00')).toBe('20261231T230000Z');
  });
});
