import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchSizes } from '../../tools/bench/bench-sizes.ts';
import { generateContent } from '../../tools/bench/generate-content.ts';
import { sampleRoles } from '../../tools/bench/write-content.ts';
import {
  eventMonth,
  eventMonths,
  eventPhase,
  eventState,
  eventsForRole,
  eventsInMonth,
  eventsInRooms,
  eventsOverview,
  listLimits,
  monthLabel,
  nextEventInItsRooms,
  setApartCancelled,
  soonestFirst,
  splitByTime,
} from '../../src/model/events.ts';
import { eventSchema, type EventEntry } from '../../src/schemas/index.ts';

type Timed = { id: string; data: Pick<EventEntry, 'start' | 'end' | 'rooms' | 'roles' | 'status' | 'apply'> };

function event(id: string, start: string, end: string, more: Partial<Timed['data']> = {}): Timed {
  return {
    id,
    data: {
      start,
      end,
      rooms: ['mpa'],
      roles: ['patient'],
      status: 'scheduled',
      apply: { method: 'registration', how: 'フォームから', deadline: '2026-12-01T23:59:00+09:00' },
      ...more,
    },
  };
}

const now = new Date('2026-12-05T14:30:00+09:00');
const october = event('october', '2026-10-17T20:00:00+09:00', '2026-10-17T21:30:00+09:00');
const november = event('november', '2026-11-14T20:00:00+09:00', '2026-11-14T21:30:00+09:00');
const underWay = event('under-way', '2026-12-05T14:00:00+09:00', '2026-12-05T15:30:00+09:00');
const january = event('january', '2027-01-23T13:30:00+09:00', '2027-01-23T15:30:00+09:00', {
  rooms: ['family-salon-parent'],
  roles: ['parent'],
});
const december = event('december', '2026-12-12T14:00:00+09:00', '2026-12-12T15:30:00+09:00', {
  roles: ['patient', 'family'],
});

describe('upcoming events as lists show them', () => {
  const cancelled = event('cancelled', '2026-12-06T20:00:00+09:00', '2026-12-06T21:30:00+09:00', {
    status: 'cancelled',
  });
  const { upcoming } = splitByTime([january, cancelled, december, underWay], now);
  const { ahead, cancelled: apart } = setApartCancelled(upcoming);

  it('never lead with a cancelled one: the events that take place come first, soonest first', () => {
    expect(ahead.map((e) => e.id)).toEqual(['under-way', 'december', 'january']);
  });

  it('keep the cancelled ones apart, still listed', () => {
    expect(apart.map((e) => e.id)).toEqual(['cancelled']);
  });
});

describe('what to go to instead of an event', () => {
  const full = event('full', '2026-12-06T14:00:00+09:00', '2026-12-06T15:30:00+09:00', { status: 'full' });
  const open = event('open', '2026-12-19T14:00:00+09:00', '2026-12-19T15:30:00+09:00', {
    apply: { method: 'registration', how: 'フォームから', deadline: '2026-12-17T23:59:00+09:00' },
  });
  const cancelledLater = event('cancelled-later', '2026-12-10T14:00:00+09:00', '2026-12-10T15:30:00+09:00', {
    status: 'cancelled',
  });

  it('is the soonest other event of one of its rooms that takes applications', () => {
    expect(nextEventInItsRooms([october, full, cancelledLater, december, open], full, now)?.id).toBe('open');
  });

  it('is else the soonest that still takes place, never a cancelled or past one', () => {
    expect(nextEventInItsRooms([october, full, cancelledLater, december], full, now)?.id).toBe('december');
  });

  it('is nothing when its rooms have no other event ahead', () => {
    expect(nextEventInItsRooms([october, full, january], full, now)).toBeUndefined();
  });
});

describe('splitting events into upcoming and past', () => {
  const { upcoming, past } = splitByTime([january, october, december, underWay, november], now);

  it('lists upcoming events soonest first', () => {
    expect(upcoming.map((e) => e.id)).toEqual(['under-way', 'december', 'january']);
  });

  it('keeps an event that is under way among the upcoming ones', () => {
    expect(upcoming[0]?.id).toBe('under-way');
  });

  it('lists past events latest first', () => {
    expect(past.map((e) => e.id)).toEqual(['november', 'october']);
  });

  it('counts an event as past from the moment it ends', () => {
    expect(splitByTime([underWay], new Date('2026-12-05T15:30:00+09:00')).past).toEqual([underWay]);
  });
});

describe('where an event stands in time', () => {
  it('is upcoming until it starts, under way from its start, and ended from its end', () => {
    expect(eventPhase(underWay, new Date('2026-12-05T13:59:59+09:00'))).toBe('upcoming');
    expect(eventPhase(underWay, new Date('2026-12-05T14:00:00+09:00'))).toBe('under-way');
    expect(eventPhase(underWay, new Date('2026-12-05T15:29:59+09:00'))).toBe('under-way');
    expect(eventPhase(underWay, new Date('2026-12-05T15:30:00+09:00'))).toBe('ended');
  });

  it('puts events starting together in file-name order, the same in every list', () => {
    const twin = event('a-twin', underWay.data.start, underWay.data.end);
    expect(soonestFirst([underWay, december, twin]).map((e) => e.id)).toEqual(['a-twin', 'under-way', 'december']);
  });
});

describe('choosing the events for a page', () => {
  const all = [october, december, january];

  it('picks the events held in any of the given rooms', () => {
    expect(eventsInRooms(all, ['family-salon-parent']).map((e) => e.id)).toEqual(['january']);
    expect(eventsInRooms(all, ['mpa', 'family-salon-parent'])).toHaveLength(3);
    expect(eventsInRooms(all, [])).toEqual([]);
  });

  it('keeps the list’s order, and lists an event once however many of the rooms hold it', () => {
    const both = event('both', october.data.start, october.data.end, { rooms: ['hemophilia', 'mpa', 'hemophilia'] });
    const list = [january, both, october, december];
    expect(eventsInRooms(list, ['mpa', 'hemophilia', 'family-salon-parent']).map((e) => e.id)).toEqual([
      'january',
      'both',
      'october',
      'december',
    ]);
    expect(eventsInRooms(list, ['hemophilia']).map((e) => e.id)).toEqual(['both']);
    // Another list, or the same events in another order, is read afresh.
    expect(eventsInRooms([october, both], ['mpa']).map((e) => e.id)).toEqual(['october', 'both']);
  });

  it('picks the events a role may join', () => {
    expect(eventsForRole(all, 'family').map((e) => e.id)).toEqual(['december']);
    expect(eventsForRole(all, 'patient').map((e) => e.id)).toEqual(['october', 'december']);
  });
});

describe('what an event page says first', () => {
  it('invites applications while the deadline is ahead', () => {
    expect(eventState(december, new Date('2026-11-30T12:00:00+09:00')).kind).toBe('accepting');
  });

  it('says the application period is over after the deadline', () => {
    expect(eventState(december, new Date('2026-12-02T00:00:00+09:00')).kind).toBe('deadline-passed');
  });

  it('says full for a full event, even before the deadline', () => {
    expect(
      eventState({ ...december, data: { ...december.data, status: 'full' } }, new Date('2026-11-30T12:00:00+09:00'))
        .kind,
    ).toBe('full');
  });

  it('says cancelled for a cancelled event, even after its date', () => {
    const cancelled = { ...october, data: { ...october.data, status: 'cancelled' as const } };
    expect(eventState(cancelled, now).kind).toBe('cancelled');
  });

  it('says it is over once it has ended', () => {
    expect(eventState(october, now).kind).toBe('ended');
    expect(eventState({ ...october, data: { ...october.data, status: 'full' } }, now).kind).toBe('ended');
  });
});

const benchRoles = await sampleRoles(resolve('content'));

describe('the events overview at national scale', () => {
  const generatedAt = new Date('2026-11-24T03:00:00Z');
  const events = generateContent(benchSizes.full, benchRoles, generatedAt).events.map((entry) => ({
    id: entry.slug,
    data: eventSchema.parse(entry.data),
  }));
  const overview = eventsOverview(events, generatedAt);
  const { upcoming, past } = splitByTime(events, generatedAt);

  it('has plenty of upcoming and past events to cap', () => {
    expect(upcoming.length).toBeGreaterThan(listLimits.upcoming);
    expect(past.length).toBeGreaterThan(listLimits.past);
  });

  it('shows only the next few upcoming events, soonest first', () => {
    expect(overview.upcoming).toEqual(upcoming.slice(0, listLimits.upcoming));
  });

  it('shows only the few events that ended last, latest first', () => {
    expect(overview.past).toEqual(past.slice(0, listLimits.past));
  });

  it('leads to month pages that together list every event exactly once', () => {
    const listed = overview.months.flatMap((month) => eventsInMonth(events, month).map((event) => event.id));
    expect(listed.toSorted()).toEqual(events.map((event) => event.id).toSorted());
    expect(new Set(listed).size).toBe(events.length);
  });
});

describe('months of events', () => {
  it('counts an event in the Tokyo month it starts in, even when it is still the previous month in UTC', () => {
    expect(eventMonth(event('new-year', '2027-01-01T08:00:00+09:00', '2027-01-01T09:00:00+09:00'))).toBe('2027-01');
  });

  it('lists each month with events once, latest first', () => {
    expect(eventMonths([october, december, january, underWay, november])).toEqual([
      '2027-01',
      '2026-12',
      '2026-11',
      '2026-10',
    ]);
  });

  it('lists a month’s events earliest first', () => {
    expect(eventsInMonth([december, october, underWay], '2026-12').map((e) => e.id)).toEqual(['under-way', 'december']);
  });

  it('names a month the way visitors read it', () => {
    expect(monthLabel('2026-09')).toBe('2026年9月');
  });
});
