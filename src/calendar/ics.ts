import { createEvent, createEvents, type EventAttributes } from 'ics';
import type { Site } from '../schemas/index.ts';
import { calendarDetails, calendarTitle, eventLocationText, eventPageUrl, eventUid, type SiteEvent } from './event-facts.ts';

/**
 * iCalendar files: one per event (`/events/<slug>.ics`, to add to a calendar) and one of all events
 * (`/events.ics`, to subscribe to). Times are written in UTC (…Z), which every calendar converts to its own zone.
 */

/** The subscribable calendar of all events. */
export const eventsCalendarPath = '/events.ics';

type CalendarSite = Pick<Site, 'name' | 'url' | 'operator' | 'contact'>;

function productId(site: CalendarSite): string {
  return `-//${new URL(site.url).host}//${site.name}//JA`;
}

function calendarEventAttributes(event: SiteEvent, site: CalendarSite): EventAttributes {
  const cancelled = event.data.status === 'cancelled';
  return {
    uid: eventUid(event, site),
    title: calendarTitle(event),
    description: calendarDetails(event, site),
    start: Date.parse(event.data.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(event.data.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: eventLocationText(event),
    url: eventPageUrl(event, site),
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    // A cancellation is a revision of the scheduled entry; the higher sequence makes calendars that imported the
    // scheduled one accept it.
    sequence: cancelled ? 1 : 0,
    organizer: { name: site.operator.name, email: site.contact.email },
    productId: productId(site),
  };
}

export function eventIcs(event: SiteEvent, site: CalendarSite): string {
  return unwrap(createEvent(calendarEventAttributes(event, site)), event.id);
}

export function eventsFeedIcs(events: readonly SiteEvent[], site: CalendarSite): string {
  const attributes = events.map((event) => calendarEventAttributes(event, site));
  return unwrap(createEvents(attributes, { productId: productId(site), calName: `${site.name} 交流会` }), 'events');
}

function unwrap(result: { error: Error | null; value: string | null | undefined }, what: string): string {
  if (result.error || !result.value) {
    throw new Error(`content/events/${what}.mdx — カレンダーのファイルを作れませんでした: ${result.error?.message ?? '内容が空です'}`);
  }
  return result.value;
}
