import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarDetails } from '../../src/calendar/event-facts.ts';
import { eventIcs, eventsFeedIcs } from '../../src/calendar/ics.ts';
import { event, site, venue, organizer } from './fixtures.ts';

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

const tokyoClock = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  dateStyle: 'short',
  timeStyle: 'short',
});

describe('the .ics file of one event', () => {
  const online = event('scleroderma-online-2026-12');
  const { events } = parse(eventIcs(online, site, organizer));
  const [vevent] = events;
  if (!vevent) throw new Error('no VEVENT');
  const parsed = new ICAL.Event(vevent);

  it('holds exactly one event, whose UID is the slug on the site host', () => {
    expect(events).toHaveLength(1);
    expect(parsed.uid).toBe('scleroderma-online-2026-12@hiroba.example');
  });

  it('starts and ends at the Tokyo times the staff wrote', () => {
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-12-12T05:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-12-12T06:30:00.000Z');
    expect(tokyoClock.format(parsed.startDate.toJSDate())).toBe('2026/12/12 14:00');
    expect(tokyoClock.format(parsed.endDate.toJSDate())).toBe('2026/12/12 15:30');
  });

  it('says what, where, and links the event page', () => {
    expect(parsed.summary).toBe('強皮症 オンラインおしゃべり会（12月）');
    expect(parsed.location).toBe('オンライン');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://hiroba.example/events/scleroderma-online-2026-12/');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('keeps long Japanese notes intact through line folding and escaping', () => {
    expect(parsed.description).toBe(calendarDetails(online, site));
    expect(parsed.description).toContain('締め切り 2026年12月9日（水）23:59');
  });

  it('names the programme’s operator as organizer', () => {
    const property = vevent.getFirstProperty('organizer');
    expect(String(property?.getFirstValue()).toLowerCase()).toBe('mailto:community@health-media.example');
    expect(property?.getParameter('cn')).toBe('希少疾患コミュニティ運営チーム');
  });
});

describe('a cancelled event', () => {
  const cancelled = event('sibling-online-2026-12', {
    status: 'cancelled',
    statusNote: '進行役の体調不良のため中止します。',
  });
  const [vevent] = parse(eventIcs(cancelled, site, organizer)).events;
  if (!vevent) throw new Error('no VEVENT');

  it('is marked CANCELLED with a higher sequence, so calendars replace the scheduled entry', () => {
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(1);
  });

  it('says so in its title and notes for apps that ignore the status', () => {
    expect(vevent.getFirstPropertyValue('summary')).toMatch(/^【中止】/);
    expect(new ICAL.Event(vevent).description).toContain('進行役の体調不良のため中止します。');
  });
});

describe('where an event takes place', () => {
  it('is the venue and its address for a meeting in person', () => {
    const [vevent] = parse(
      eventIcs(event('offline', { format: 'offline', venue, online: undefined }), site, organizer),
    ).events;
    expect(vevent?.getFirstPropertyValue('location')).toBe('東京都内の区民会館 会議室 東京都千代田区1-1');
  });

  it('is both the venue and オンライン for a hybrid meeting', () => {
    const [vevent] = parse(eventIcs(event('hybrid', { format: 'hybrid', venue }), site, organizer)).events;
    expect(vevent?.getFirstPropertyValue('location')).toBe('東京都内の区民会館 会議室 東京都千代田区1-1／オンライン');
  });
});

/** RFC 5545: content lines are at most 75 octets, folded with CRLF and one space, never inside a character. */
function unfoldableLines(text: string): string[] {
  return text.split('\r\n').filter((line) => Buffer.byteLength(line, 'utf8') > 75 || line.includes('\uFFFD'));
}

describe('long Japanese lines', () => {
  const note = 'ご家族の方も、ご本人と一緒でも別々でも参加できます。カメラはオフのままでかまいません。'.repeat(3);
  const long = event('long', {
    summary: '寒さで指がこわばりやすい季節の過ごし方を中心に、自由におしゃべりします。',
    statusNote: note,
    status: 'cancelled',
    format: 'hybrid',
    venue,
  });
  const text = eventIcs(long, site, organizer);

  it('are folded at 75 octets, not 75 characters', () => {
    expect(text.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
    expect(unfoldableLines(text)).toEqual([]);
    expect(unfoldableLines(eventsFeedIcs([long, event('other')], site, () => organizer))).toEqual([]);
  });

  it('unfold into the very text that was written, no character split', () => {
    const [vevent] = parse(text).events;
    expect(new ICAL.Event(vevent!).description).toBe(calendarDetails(long, site));
    expect(new ICAL.Event(vevent!).description).toContain(note);
  });
});

describe('the subscribable feed of all events', () => {
  const all = [
    event('scleroderma-online-2026-12'),
    event('mpa-hybrid-2027-01', {
      format: 'hybrid',
      venue,
      start: '2027-01-23T13:30:00+09:00',
      end: '2027-01-23T15:30:00+09:00',
    }),
    event('sibling-online-2026-12', { status: 'cancelled' }),
  ];
  const { calendar, events } = parse(eventsFeedIcs(all, site, () => organizer));

  it('has one entry per event, each with its own stable UID', () => {
    expect(events.map((vevent) => vevent.getFirstPropertyValue('uid'))).toEqual([
      'scleroderma-online-2026-12@hiroba.example',
      'mpa-hybrid-2027-01@hiroba.example',
      'sibling-online-2026-12@hiroba.example',
    ]);
  });

  it('has a name calendar apps show for the subscription', () => {
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('ひろば 交流会');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('gives each event the same UID as its own .ics file', () => {
    const single = parse(eventIcs(all[1]!, site, organizer)).events[0];
    expect(single?.getFirstPropertyValue('uid')).toBe(events[1]?.getFirstPropertyValue('uid'));
  });
});
