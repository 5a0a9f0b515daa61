import type { EventEntry } from '../schemas/index.ts';
import { tokyoDay } from '../lib/japanese-date.ts';

/** Where an event stands in time, whatever its status. */
export type EventPhase = 'upcoming' | 'under-way' | 'ended';

type Scheduled = { data: Pick<EventEntry, 'start' | 'end'> };
type Listed = { id: string; data: Pick<EventEntry, 'start' | 'end' | 'rooms' | 'roles'> };

/** Under way from its start; ended from the moment it ends. */
export function eventPhase(event: Scheduled, now: Date): EventPhase {
  const at = now.getTime();
  if (at >= Date.parse(event.data.end)) return 'ended';
  return at >= Date.parse(event.data.start) ? 'under-way' : 'upcoming';
}

/** Earliest start first; events starting together in file-name order, so every list agrees. */
export function soonestFirst<E extends Listed>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => Date.parse(a.data.start) - Date.parse(b.data.start) || a.id.localeCompare(b.id));
}

/**
 * Upcoming events (not yet ended, soonest first) and past ones (latest first). An event that is under way still
 * counts as upcoming: someone may be looking for it right now.
 */
export function splitByTime<E extends Listed>(events: readonly E[], now: Date): { upcoming: E[]; past: E[] } {
  const byStart = soonestFirst(events);
  const ended = (event: E) => eventPhase(event, now) === 'ended';
  return { upcoming: byStart.filter((event) => !ended(event)), past: byStart.filter(ended).reverse() };
}

/**
 * Events held in any of the given rooms, in the list's order. Each room's page and each condition's pages ask this
 * of the same list of every event, so a list is read once into where each room's events stand in it (national
 * bench set: 4,000 pages × 500 events). A list of events is made once and never changed (the catalogue's).
 */
export function eventsInRooms<E extends Listed>(events: readonly E[], roomIds: readonly string[]): E[] {
  const byRoom = positionsByRoom(events);
  const positions = [...new Set(roomIds.flatMap((id) => byRoom.get(id) ?? []))].sort((a, b) => a - b);
  return positions.flatMap((at) => events[at] ?? []);
}

const roomIndexes = new WeakMap<readonly Listed[], ReadonlyMap<string, readonly number[]>>();

function positionsByRoom(events: readonly Listed[]): ReadonlyMap<string, readonly number[]> {
  let index = roomIndexes.get(events);
  if (!index) {
    const positions = new Map<string, number[]>();
    events.forEach((event, at) => {
      for (const id of new Set(event.data.rooms)) {
        const held = positions.get(id);
        if (held) held.push(at);
        else positions.set(id, [at]);
      }
    });
    index = positions;
    roomIndexes.set(events, index);
  }
  return index;
}

export function eventsForRole<E extends Listed>(events: readonly E[], roleId: string): E[] {
  return events.filter((event) => event.data.roles.includes(roleId));
}

/**
 * How many events a list page shows: enough to find what is coming soon, few enough that the page stays light on a
 * phone however many events there are. Every other event is listed on its month's page.
 */
export const listLimits = { upcoming: 10, past: 5, forRole: 5 } as const;

/** The Tokyo calendar month an event starts in, as YYYY-MM. */
export function eventMonth(event: Scheduled): string {
  return tokyoDay(event.data.start).slice(0, 7);
}

/** Every month that has at least one event, latest first: together their pages list every event. */
export function eventMonths(events: readonly Scheduled[]): string[] {
  return [...new Set(events.map(eventMonth))].sort().reverse();
}

/** The events starting in one Tokyo month, earliest first. */
export function eventsInMonth<E extends Listed>(events: readonly E[], month: string): E[] {
  return soonestFirst(events).filter((event) => eventMonth(event) === month);
}

/** What the events page lists: the next few events, the latest few that ended, and every month to look further. */
export function eventsOverview<E extends Listed>(
  events: readonly E[],
  now: Date,
): { upcoming: E[]; past: E[]; months: string[] } {
  const { upcoming, past } = splitByTime(events, now);
  return {
    upcoming: upcoming.slice(0, listLimits.upcoming),
    past: past.slice(0, listLimits.past),
    months: eventMonths(events),
  };
}

/** A month key (YYYY-MM) as visitors read it: 2026年12月. */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
