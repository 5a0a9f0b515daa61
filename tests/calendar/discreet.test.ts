import ICAL from 'ical.js';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { googleCalendarUrl } from '../../src/calendar/google.ts';
import { eventIcs, eventsFeedIcs } from '../../src/calendar/ics.ts';
import { eventsRss } from '../../src/calendar/rss.ts';
import { event, organizer, site } from './fixtures.ts';

/**
 * An event on a sensitive page can go out under a discreet title that staff chose, so that a lock screen, a
 * calendar shared with family or a feed reader does not say what the meeting is about.
 */
const named = {
  title: '家族のサロン 子どもの部屋 ヤングケアラーのオンライン交流会',
  summary: 'こころの病気の親がいる 10 代・20 代が話せる会です。',
};
const discreet = event('young-carer-2026-12', { ...named, discreetTitle: 'オンライン交流会（12月）' });
const plain = event('scleroderma-2026-12');

function vevents(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

describe('a discreetly titled event', () => {
  it('is saved to a calendar under its discreet title, without its summary or organizer', () => {
    const [vevent] = vevents(eventIcs(discreet, site, organizer));
    if (!vevent) throw new Error('no VEVENT');
    const parsed = new ICAL.Event(vevent);
    expect(parsed.summary).toBe('オンライン交流会（12月）');
    expect(parsed.description).not.toContain(named.summary);
    expect(parsed.description).toContain('https://hiroba.example/events/young-carer-2026-12/');
    expect(vevent.getFirstProperty('organizer')).toBeNull();
    expect(eventIcs(discreet, site, organizer)).not.toMatch(/ヤングケアラー|こころの病気|家族のサロン/);
  });

  it('is discreet in the calendar to subscribe to too, while other events keep their titles', () => {
    const all = vevents(eventsFeedIcs([discreet, plain], site, () => organizer)).map((v) => new ICAL.Event(v));
    expect(all.map((parsed) => parsed.summary)).toEqual(['オンライン交流会（12月）', plain.data.title]);
  });

  it('is added to Google Calendar under its discreet title', () => {
    const url = new URL(googleCalendarUrl(discreet, site));
    expect(url.searchParams.get('text')).toBe('オンライン交流会（12月）');
    expect(url.searchParams.get('details')).not.toContain(named.summary);
  });

  it('is a feed item under its discreet title, still marked when cancelled, without its summary', async () => {
    const cancelled = event('young-carer-2027-01', {
      ...named,
      discreetTitle: 'オンライン交流会（1月）',
      status: 'cancelled',
    });
    const xml = await eventsRss([discreet, cancelled, plain], site);
    const items = [...new DOMParser().parseFromString(xml, 'text/xml').querySelectorAll('item')];
    const titles = items.map((item) => item.querySelector('title')?.textContent);
    expect(titles).toEqual(expect.arrayContaining(['オンライン交流会（12月）', '【中止】オンライン交流会（1月）']));
    expect(titles).toContain(plain.data.title);
    expect(xml).not.toMatch(/ヤングケアラー|こころの病気/);
  });
});
