import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventsRss } from '../../src/calendar/rss.ts';
import { event, site } from './fixtures.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('the RSS feed of events', () => {
  const events = [
    event('early', {
      title: '早い会 <A&B>',
      announced: '2026-09-01',
      start: '2026-10-17T20:00:00+09:00',
      end: '2026-10-17T21:30:00+09:00',
    }),
    event('late', {
      title: '遅い会',
      status: 'cancelled',
      announced: '2026-11-20',
      start: '2027-02-13T14:00:00+09:00',
      end: '2027-02-13T16:00:00+09:00',
    }),
    event('full', { title: '満席の会', status: 'full', announced: '2026-11-01' }),
  ];
  const xml = eventsRss(events, site);
  const items = async () => [...(await xml).matchAll(/<item>.*?<\/item>/gs)].map((match) => match[0]);

  it('lists every event, the latest start first, each linking its page', async () => {
    const links = [...(await xml).matchAll(/<item><title>[^<]*<\/title><link>([^<]+)<\/link>/g)].map(
      (match) => match[1],
    );
    expect(links).toEqual([
      'https://hiroba.example/events/late/',
      'https://hiroba.example/events/full/',
      'https://hiroba.example/events/early/',
    ]);
  });

  it('escapes text so titles with markup characters stay well-formed', async () => {
    expect(await xml).toContain('<title>早い会 &lt;A&amp;B&gt;</title>');
    expect(await xml).not.toMatch(/<A&B>/);
  });

  it('says when an event is cancelled or full and gives its Tokyo date', async () => {
    expect(await xml).toContain('<title>【中止】遅い会</title>');
    expect(await xml).toContain('<title>【満席】満席の会</title>');
    expect(await xml).toContain('2027年2月13日（土）14:00〜16:00（オンライン）');
  });

  it('dates each item on the Tokyo day it was announced, the same at every build', async () => {
    const [late, full, early] = await items();
    expect(late).toContain('<pubDate>Thu, 19 Nov 2026 15:00:00 GMT</pubDate>');
    expect(full).toContain('<pubDate>Sat, 31 Oct 2026 15:00:00 GMT</pubDate>');
    expect(early).toContain('<pubDate>Mon, 31 Aug 2026 15:00:00 GMT</pubDate>');
  });

  it('comes out the same whenever it is built', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-23T12:00:00+09:00') });
    const before = await eventsRss(events, site);
    vi.setSystemTime(new Date('2027-03-01T08:00:00+09:00'));
    expect(await eventsRss(events, site)).toBe(before);
  });

  it('leaves an event without an announcement day undated rather than dating it in the future', async () => {
    const undated = await eventsRss([event('undated')], site);
    expect(undated).toContain('<link>https://hiroba.example/events/undated/</link>');
    expect(undated).not.toContain('<pubDate>');
  });

  it('points to itself, as feed validators ask', async () => {
    expect(await xml).toContain(
      '<atom:link href="https://hiroba.example/events/feed.xml" rel="self" type="application/rss+xml"/>',
    );
  });
});
