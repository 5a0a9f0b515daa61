import { describe, expect, it } from 'vitest';
import { eventJsonLd, feeInYen, jsonForScript } from '../../src/calendar/json-ld.ts';
import { event, organizer, site, venue } from './fixtures.ts';

describe('schema.org Event data', () => {
  it('describes an online event with a virtual location, its status and organizer', () => {
    const data = eventJsonLd(event('scleroderma-online-2026-12'), site, organizer, 'https://hiroba.example/og/x.png');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: '強皮症 オンラインおしゃべり会（12月）',
      startDate: '2026-12-12T14:00:00+09:00',
      endDate: '2026-12-12T15:30:00+09:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://hiroba.example/events/scleroderma-online-2026-12/' },
      organizer: {
        '@type': 'Organization',
        name: '希少疾患コミュニティ運営チーム',
        url: 'https://health-media.example/',
      },
      image: ['https://hiroba.example/og/x.png'],
    });
  });

  it('writes times with the Tokyo offset even when the content loader hands them over in UTC', () => {
    const data = eventJsonLd(
      event('utc', { start: '2026-12-12T05:00:00.000Z', end: '2026-12-12T06:30:00.000Z' }),
      site,
      organizer,
    );
    expect([data.startDate, data.endDate]).toEqual(['2026-12-12T14:00:00+09:00', '2026-12-12T15:30:00+09:00']);
  });

  it('gives an in-person event a Place with its address', () => {
    const data = eventJsonLd(event('offline', { format: 'offline', venue, online: undefined }), site, organizer);
    expect(data.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(data.location).toEqual({ '@type': 'Place', name: venue.name, address: venue.address });
  });

  it('gives a hybrid event both a Place and a VirtualLocation', () => {
    const data = eventJsonLd(event('hybrid', { format: 'hybrid', venue }), site, organizer);
    expect(data.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect((data.location as { '@type': string }[]).map((entry) => entry['@type'])).toEqual([
      'Place',
      'VirtualLocation',
    ]);
  });

  it('marks a cancelled event cancelled, and a full one as still happening but sold out', () => {
    expect(eventJsonLd(event('c', { status: 'cancelled' }), site, organizer).eventStatus).toBe(
      'https://schema.org/EventCancelled',
    );
    const full = eventJsonLd(event('f', { status: 'full' }), site, organizer);
    expect(full.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(full.offers).toMatchObject({ availability: 'https://schema.org/SoldOut' });
  });
});

describe('fees as prices', () => {
  it('reads free and yen amounts and leaves anything else out', () => {
    expect(feeInYen('無料')).toBe(0);
    expect(feeInYen('300 円（お茶代）')).toBe(300);
    expect(feeInYen('1,000円')).toBe(1000);
    expect(feeInYen('当日お知らせします')).toBeUndefined();
  });
});

describe('JSON inside a script element', () => {
  it('cannot close the element or start a comment', () => {
    const text = jsonForScript({ name: '</script><!-- x' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><!-- x' });
  });
});
