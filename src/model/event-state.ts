import type { EventEntry, EventFormat } from '../schemas/index.ts';
import { eventPhase, soonestFirst } from './event-timeline.ts';

/**
 * Where an event stands at a moment, decided here once: the event page, the lists, the forum announcement and the
 * calendar outputs all ask these functions, so none of them can say something another contradicts.
 */

type Stated = { data: Pick<EventEntry, 'start' | 'end' | 'status' | 'apply' | 'statusNote'> };
type Titled = { data: Pick<EventEntry, 'title' | 'status'> };
type DiscreetlyTitled = { data: Pick<EventEntry, 'title' | 'status' | 'discreetTitle'> };

/** What a visitor needs to know first about an event: can I still apply, and if not, why not. */
export type EventState =
  | { kind: 'accepting'; deadline: string }
  | { kind: 'deadline-passed' }
  | { kind: 'full'; note: string | undefined }
  | { kind: 'cancelled'; note: string | undefined }
  | { kind: 'ended' };

export type EventStateKind = EventState['kind'];

/** The staff called it off. A cancelled event stays listed, marked, so nobody turns up for it. */
export function isCancelled(event: { data: Pick<EventEntry, 'status'> }): boolean {
  return event.data.status === 'cancelled';
}

/** Every seat is taken: it still takes place, but takes no more applications. */
export function isFull(event: { data: Pick<EventEntry, 'status'> }): boolean {
  return event.data.status === 'full';
}

/** A cancellation outlasts the date; being over outlasts being full; the deadline decides the rest. */
export function eventState(event: Stated, now: Date): EventState {
  const { statusNote, apply } = event.data;
  if (isCancelled(event)) return { kind: 'cancelled', note: statusNote };
  if (eventPhase(event, now) === 'ended') return { kind: 'ended' };
  if (isFull(event)) return { kind: 'full', note: statusNote };
  return Date.parse(apply.deadline) > now.getTime()
    ? { kind: 'accepting', deadline: apply.deadline }
    : { kind: 'deadline-passed' };
}

/** Only an accepting event shows how to apply, on its page, in the lists and in its forum announcement alike. */
export function acceptsApplications(state: EventState): state is Extract<EventState, { kind: 'accepting' }> {
  return state.kind === 'accepting';
}

export const eventStateLabel: Record<EventStateKind, string> = {
  accepting: '申し込み受付中',
  'deadline-passed': '申し込みの受付は終わりました',
  full: '満席',
  cancelled: '中止',
  ended: '終わりました',
};

export const eventFormatLabel: Record<EventFormat, string> = {
  online: 'オンライン',
  offline: '会場',
  hybrid: '会場とオンライン',
};

/** What an event's page, its forum announcement and its calendar notes say about each state, in the same words. */
export const eventStateSentence: Record<Exclude<EventStateKind, 'accepting'>, string> = {
  cancelled: 'この交流会は中止になりました。',
  full: '定員に達したため、申し込みの受付を終えました。',
  'deadline-passed': '申し込みの締め切りを過ぎたため、受付を終えました。',
  ended: 'この交流会は終わりました。',
};

/**
 * The notice an event's page and its forum announcement open with. An `alert` is news that changes someone's plans
 * (cancelled, full); `info` is the plain passing of time. An event taking applications needs no notice.
 */
export type EventNotice = { tone: 'alert' | 'info'; label: string; sentence: string; note: string | undefined };

export function eventNotice(state: EventState): EventNotice | undefined {
  if (state.kind === 'accepting') return undefined;
  const alert = state.kind === 'cancelled' || state.kind === 'full';
  return {
    tone: alert ? 'alert' : 'info',
    label: eventStateLabel[state.kind],
    sentence: eventStateSentence[state.kind],
    note: alert ? state.note : undefined,
  };
}

const titleMark = { cancelled: '【中止】', full: '【満席】' } as const;

/**
 * The title where the event is announced (the forum's topic list, the feed, the page's title and share card):
 * a full or cancelled event says so first.
 */
export function announcedTitle(event: Titled): string {
  const mark = isCancelled(event) ? titleMark.cancelled : isFull(event) ? titleMark.full : '';
  return `${mark}${event.data.title}`;
}

/**
 * Whether an event goes out under the discreet title staff chose, so that a shared calendar, a lock screen or a
 * feed reader does not name the illness: its calendar entries and feed item then leave out what would.
 */
export function isDiscreet(event: { data: Pick<EventEntry, 'discreetTitle'> }): boolean {
  return event.data.discreetTitle !== undefined;
}

/**
 * The title in someone's own calendar: only a cancellation is marked, since whoever saved the event may hold one
 * of the seats, and not every calendar app shows the status.
 */
export function calendarTitle(event: DiscreetlyTitled): string {
  return `${isCancelled(event) ? titleMark.cancelled : ''}${event.data.discreetTitle ?? event.data.title}`;
}

/** The title in the feed: marked like the announcement, under the discreet title where staff chose one. */
export function feedTitle(event: DiscreetlyTitled): string {
  const mark = isCancelled(event) ? titleMark.cancelled : isFull(event) ? titleMark.full : '';
  return `${mark}${event.data.discreetTitle ?? event.data.title}`;
}

/**
 * How the forum shows the announcement: pinned until the event starts (a cancelled one is not pushed on anyone),
 * closed to replies once it is over or cancelled. `pinnedUntil` is null when it is not pinned.
 */
export interface AnnouncementStanding {
  pinnedUntil: string | null;
  closed: boolean;
}

export function announcementStanding(event: Stated, now: Date): AnnouncementStanding {
  const phase = eventPhase(event, now);
  const cancelled = isCancelled(event);
  return {
    pinnedUntil: !cancelled && phase === 'upcoming' ? new Date(event.data.start).toISOString() : null,
    closed: cancelled || phase === 'ended',
  };
}

type Timed = { id: string; data: Pick<EventEntry, 'start' | 'end' | 'status' | 'rooms' | 'roles' | 'apply'> };

/**
 * Upcoming events as lists show them: the ones that take place, and apart from them the ones called off, so a list
 * never leads with a cancelled event and a cancelled one is still found, marked, by whoever kept its date.
 */
export function setApartCancelled<E extends Timed>(upcoming: readonly E[]): { ahead: E[]; cancelled: E[] } {
  return { ahead: upcoming.filter((event) => !isCancelled(event)), cancelled: upcoming.filter(isCancelled) };
}

/**
 * Only an event still ahead and not called off is worth putting in one's own calendar: a cancelled or past one
 * offers no calendar action.
 */
export function offersCalendar(event: Stated, now: Date): boolean {
  return !isCancelled(event) && eventPhase(event, now) === 'upcoming';
}

/**
 * What to go to instead of an event that takes no applications: the soonest other event in one of its rooms that
 * does, else the soonest that still takes place.
 */
export function nextEventInItsRooms<E extends Timed>(events: readonly E[], event: E, now: Date): E | undefined {
  const candidates = soonestFirst(events).filter(
    (other) =>
      other.id !== event.id &&
      other.data.rooms.some((room) => event.data.rooms.includes(room)) &&
      !isCancelled(other) &&
      eventPhase(other, now) !== 'ended',
  );
  return candidates.find((other) => acceptsApplications(eventState(other, now))) ?? candidates[0];
}
