import { describe, expect, it } from 'vitest';
import { eventsRss } from '../../src/calendar/rss.ts';
import { event, site } from './fixtures.ts';

describe('the RSS feed of events', () => {
  const xml = eventsRss(
    [
      event('early', { title: '早い会 <A&B>', start: '2026-10-17T20:00:00+09:00', end: '2026-10-17T21:30:00+09:00' }),
      event('late', { title: '遅い会', status: 'cancelled', start: '2027-02-13T14:00:00+09:00', end: '2027-02-13T16:00:00+09:00' }),
    ],
    site,
  );

  it('lists every event, the latest start first, each linking its page', () => {
    const links = [...xml.matchAll(/<item><title>[^<]*<\/title><link>([^<]+)<\/link>/g)].map((match) => match[1]);
    expect(links).toEqual(['https://hiroba.example/events/late/', 'https://hiroba.example/events/early/']);
  });

  it('escapes text so titles with markup characters stay well-formed', () => {
    expect(xml).toContain('<title>早い会 &#60;A&#38;B&#62;</title>');
    expect(xml).not.toMatch(/<A&B>/);
  });

  it('says when an event is cancelled and gives its Tokyo date', () => {
    expect(xml).toContain('<title>【中止】遅い会</title>');
    expect(xml).toContain('2027年2月13日（土）14:00〜16:00（オンライン）');
  });

  it('points to itself, as feed validators ask', () => {
    expect(xml).toContain('<atom:link href="https://hiroba.example/events/feed.xml" rel="self" type="application/rss+xml"/>');
  });
});
