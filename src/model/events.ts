import type { EventEntry } from '../schemas/index.ts';
import { tokyoDay } from '../lib/japanese-date.ts';

type TimedEvent = { id: string; data: Pick<EventEntry, 'start' | 'end' | 'rooms' | 'roles' | 'status' | 'apply'> };

/**
 * Upcoming events (not yet ended, soonest first) and past ones (latest first). An event that is under way still
 * counts as upcoming: someone may be looking for it right now.
 */
export function splitByTime<E extends TimedEvent>(events: readonly E[], now: Date): { upcoming: E[]; past: E[] } {
  const byStart = soonestFirst(events);
  return {
    upcoming: byStart.filter((event) => !hasEnded(event, now)),
    past: byStart.filter((event) => hasEnded(event, now)).reverse(),
  };
}

function soonestFirst<E extends TimedEvent>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => Date.parse(a.data.start) - Date.parse(b.data.start) || a.id.localeCompare(b.id));
}

function hasEnded(event: TimedEvent, now: Date): boolean {
  return Date.parse(event.data.end) <= now.getTime();
}

/** Events held in any of the given rooms. */
export function eventsInRooms<E extends TimedEvent>(events: readonly E[], roomIds: readonly string[]): E[] {
  return events.filter((event) => event.data.rooms.some((id) => roomIds.includes(id)));
}

export function eventsForRole<E extends TimedEvent>(events: readonly E[], roleId: string): E[] {
  return events.filter((event) => event.data.roles.includes(roleId));
}

/** What a visitor needs to know first about an event: can I still apply, and if not, why not. */
export type EventState = 'accepting' | 'deadline-passed' | 'full' | 'cancelled' | 'ended';

export function eventState(event: TimedEvent, now: Date): EventState {
  if (event.data.status === 'cancelled') return 'cancelled';
  if (hasEnded(event, now)) return 'ended';
  if (event.data.status === 'full') return 'full';
  return Date.parse(event.data.apply.deadline) > now.getTime() ? 'accepting' : 'deadline-passed';
}

/**
 * How many events a list page shows: enough to find what is coming soon, few enough that the page stays light on a
 * phone however many events there are. Every other event is listed on its month's page.
 */
export const listLimits = { upcoming: 10, past: 5, forRole: 5 } as const;

/** The Tokyo calendar month an event starts in, as YYYY-MM. */
export function eventMonth(event: TimedEvent): string {
  return tokyoDay(event.data.start).slice(0, 7);
}

/** Every month that has at least one event, latest first: together their pages list every event. */
export function eventMonths(events: readonly TimedEvent[]): string[] {
  return [...new Set(events.map(eventMonth))].sort().reverse();
}

/** The events starting in one Tokyo month, earliest first. */
export function eventsInMonth<E extends TimedEvent>(events: readonly E[], month: string): E[] {
  return soonestFirst(events).filter((event) => eventMonth(event) === month);
}

/** What the events page lists: the next few events, the latest few that ended, and every month to look further. */
export function eventsOverview<E extends TimedEvent>(events: readonly E[], now: Date): { upcoming: E[]; past: E[]; months: string[] } {
  const { upcoming, past } = splitByTime(events, now);
  return { upcoming: upcoming.slice(0, listLimits.upcoming), past: past.slice(0, listLimits.past), months: eventMonths(events) };
}

/** A month key (YYYY-MM) as visitors read it: 2026年12月. */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
