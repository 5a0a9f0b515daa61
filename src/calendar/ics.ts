import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import type { Programme, Site } from '../schemas/index.ts';
import { calendarTitle, isCancelled, isDiscreet } from '../model/events.ts';
import { sitePath } from '../model/urls.ts';
import { calendarDetails, eventLocationText, eventPageUrl, eventUid, type SiteEvent } from './event-facts.ts';

/**
 * iCalendar files: one per event (`/events/<slug>.ics`, to add to a calendar) and one of all events
 * (`/events.ics`, to subscribe to). Times are written in UTC (…Z), which every calendar converts to its own zone.
 * ical-generator folds long lines at 75 octets without splitting a character, as RFC 5545 asks: Japanese text
 * takes three octets a character, so folding by characters would make lines three times too long.
 */

/** The subscribable calendar of all events. */
export const eventsCalendarPath = sitePath('events.ics');

type CalendarSite = Pick<Site, 'name' | 'url'>;

/** Who holds an event: its programme's operator, whom a calendar names as the organizer. */
type Organizer = Programme['operator'];

function calendarOf(site: CalendarSite, name?: string): ICalCalendar {
  return ical({
    prodId: { company: new URL(site.url).host, product: site.name, language: 'JA' },
    method: ICalCalendarMethod.PUBLISH,
    ...(name ? { name } : {}),
  });
}

function addEvent(calendar: ICalCalendar, event: SiteEvent, site: CalendarSite, organizer: Organizer): void {
  const cancelled = isCancelled(event);
  calendar.createEvent({
    id: eventUid(event, site),
    summary: calendarTitle(event),
    description: calendarDetails(event, site),
    start: new Date(event.data.start),
    end: new Date(event.data.end),
    location: eventLocationText(event),
    url: eventPageUrl(event, site),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    // A cancellation is a revision of the scheduled entry; the higher sequence makes calendars that imported the
    // scheduled one accept it.
    sequence: cancelled ? 1 : 0,
    // The operator's name can say what the meeting is about as plainly as its title.
    ...(isDiscreet(event) ? {} : { organizer: { name: organizer.name, email: organizer.email } }),
  });
}

export function eventIcs(event: SiteEvent, site: CalendarSite, organizer: Organizer): string {
  const calendar = calendarOf(site);
  addEvent(calendar, event, site, organizer);
  return calendar.toString();
}

export function eventsFeedIcs(
  events: readonly SiteEvent[],
  site: CalendarSite,
  organizerOf: (event: SiteEvent) => Organizer,
): string {
  const calendar = calendarOf(site, `${site.name} 交流会`);
  for (const event of events) addEvent(calendar, event, site, organizerOf(event));
  return calendar.toString();
}
