import { readdir, readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventsCalendarPath } from '../../src/calendar/ics.ts';
import { eventsFeedPath } from '../../src/calendar/rss.ts';
import { absolute, paths } from '../../src/model/urls.ts';
import { offersCalendar } from '../../src/model/events.ts';
import { fileOf, readPage, siteDir, siteNow } from '../pages/built-site.ts';
import { loadSampleContent } from '../support/sample-content.ts';

const { site, catalog } = await loadSampleContent();
const events = catalog.events.map((event) => [event.id, event] as const);

async function calendar(path: string) {
  const component = new ICAL.Component(ICAL.parse(await readFile(fileOf(path), 'utf8')));
  return component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

const inTokyo = (moment: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'short' }).format(moment);
/** 2026-12-12T14:00:00+09:00 → 2026-12-12 14:00: what the staff wrote, read as Tokyo wall-clock time. */
const wallClock = (iso: string) => iso.slice(0, 16).replace('T', ' ');

describe.each(events)('event %s', (id, event) => {
  it('has an .ics file with a stable UID and the Tokyo times the staff wrote', async () => {
    const [entry, ...others] = await calendar(paths.eventCalendar(id));
    expect(others).toHaveLength(0);
    expect(entry?.uid).toBe(`${id}@hiroba.example`);
    expect(inTokyo(entry!.startDate.toJSDate())).toBe(wallClock(event.data.start));
    expect(inTokyo(entry!.endDate.toJSDate())).toBe(wallClock(event.data.end));
    expect(entry?.component.getFirstPropertyValue('url')).toBe(absolute(site, paths.event(id)));
    expect(entry?.location).toBeTruthy();
    expect(entry?.component.getFirstPropertyValue('status')).toBe(
      event.data.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    );
  });

  it.runIf(offersCalendar(event, siteNow))(
    'links its .ics file and Google Calendar from its page, still ahead and not cancelled',
    async () => {
      const page = await readPage(paths.event(id));
      expect(page.querySelector(`a[href="${paths.eventCalendar(id)}"][download]`)).not.toBeNull();
      const google = new URL(
        page.querySelector('a[href^="https://calendar.google.com/calendar/render"]')?.getAttribute('href') ?? '',
      );
      expect(google.searchParams.get('action')).toBe('TEMPLATE');
      expect(google.searchParams.get('ctz')).toBe('Asia/Tokyo');
    },
  );

  it.runIf(!offersCalendar(event, siteNow))('offers no calendar action, being over or cancelled', async () => {
    const page = await readPage(paths.event(id));
    expect(page.querySelector(`a[href="${paths.eventCalendar(id)}"]`)).toBeNull();
    expect(page.querySelector('a[href^="https://calendar.google.com/"]')).toBeNull();
  });

  it('links the subscribable calendar of all events, to hear of new ones', async () => {
    const page = await readPage(paths.event(id));
    expect(page.querySelector(`a[href="${eventsCalendarPath}"]`)).not.toBeNull();
  });

  it('carries schema.org Event data that says when, how and whether it happens', async () => {
    const page = await readPage(paths.event(id));
    const blocks = [...page.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
      JSON.parse(script.textContent ?? ''),
    );
    const data = blocks.find((block) => block['@type'] === 'Event');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      name: event.data.title,
      startDate: event.data.start,
      endDate: event.data.end,
      eventStatus:
        event.data.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
      organizer: { '@type': 'Organization', name: catalog.programmeOf(event).data.operator.name },
    });
    expect(data.eventAttendanceMode).toMatch(/^https:\/\/schema\.org\/(Online|Offline|Mixed)EventAttendanceMode$/);
    expect(data.location).toBeTruthy();
  });
});

const builtCalendars = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.ics')).sort();

describe('every built calendar file', () => {
  it('is there for each event and for the subscription', () => {
    expect(builtCalendars).toEqual(
      [eventsCalendarPath, ...catalog.events.map((event) => paths.eventCalendar(event.id))]
        .map((path) => path.slice(1))
        .sort(),
    );
  });

  it.each(builtCalendars)(
    '%s parses as iCalendar and keeps every line within 75 octets, as RFC 5545 asks',
    async (file) => {
      const text = await readFile(fileOf(`/${file}`), 'utf8');
      expect(() => new ICAL.Component(ICAL.parse(text))).not.toThrow();
      const lines = text.replace(/\r\n$/, '').split('\r\n');
      expect(lines.filter((line) => line.includes('\n'))).toEqual([]);
      expect(lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75)).toEqual([]);
    },
  );
});

describe('the subscribable calendar of all events', () => {
  it('holds every event under the same UID as its own file', async () => {
    const entries = await calendar(eventsCalendarPath);
    expect(entries.map((entry) => entry.uid).sort()).toEqual(
      catalog.events.map((event) => `${event.id}@hiroba.example`).sort(),
    );
  });
});

describe('the events page', () => {
  it('offers the calendar subscription and the feed', async () => {
    const page = await readPage(paths.events());
    expect(page.querySelector(`main a[href="${eventsCalendarPath}"]`)).not.toBeNull();
    expect(page.querySelector(`main a[href="${eventsFeedPath}"]`)).not.toBeNull();
  });
});

describe('the RSS feed of events', () => {
  it('lists every event page', async () => {
    const xml = await readFile(fileOf(eventsFeedPath), 'utf8');
    for (const event of catalog.events) expect(xml).toContain(`<link>${absolute(site, paths.event(event.id))}</link>`);
  });

  it('dates every item on the day its event was announced', async () => {
    const xml = await readFile(fileOf(eventsFeedPath), 'utf8');
    const items = [...xml.matchAll(/<item>.*?<\/item>/gs)].map((match) => match[0]);
    expect(items).toHaveLength(catalog.events.length);
    for (const event of catalog.events) {
      const item = items.find((text) => text.includes(`<link>${absolute(site, paths.event(event.id))}</link>`));
      expect(event.data.announced).toBeTruthy();
      expect(item).toContain(`<pubDate>${new Date(`${event.data.announced}T00:00:00+09:00`).toUTCString()}</pubDate>`);
    }
  });

  it('is announced on every page', async () => {
    const page = await readPage(paths.home());
    expect(page.querySelector(`link[rel="alternate"][type="application/rss+xml"]`)?.getAttribute('href')).toBe(
      eventsFeedPath,
    );
  });
});
