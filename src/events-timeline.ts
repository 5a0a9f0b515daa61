import type { EventEntry } from './schemas/index.ts';

type TimedEvent = { id: string; data: Pick<EventEntry, 'start' | 'end' | 'rooms' | 'roles' | 'status' | 'apply'> };

/**
 * Upcoming events (not yet ended, soonest first) and past ones (latest first). An event that is under way still
 * counts as upcoming: someone may be looking for it right now.
 */
export function splitByTime<E extends TimedEvent>(events: readonly E[], now: Date): { upcoming: E[]; past: E[] } {
  const byStart = [...events].sort((a, b) => Date.parse(a.data.start) - Date.parse(b.data.start) || a.id.localeCompare(b.id));
  return {
    upcoming: byStart.filter((event) => !hasEnded(event, now)),
    past: byStart.filter((event) => hasEnded(event, now)).reverse(),
  };
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
