import type { Site } from '../schemas/index.ts';
import { calendarTitle } from '../model/events.ts';
import { calendarDetails, eventLocationText, type SiteEvent } from './event-facts.ts';

/** 2026-12-12T14:00:00+09:00 → 20261212T050000Z, the form Google Calendar's template link takes. */
export function googleCalendarTime(moment: string): string {
  return new Date(moment)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A plain link that opens Google Calendar's "add event" form filled in; the page itself makes no request to Google,
 * the visitor chooses to follow it.
 */
export function googleCalendarUrl(event: SiteEvent, site: Pick<Site, 'url'>): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', calendarTitle(event));
  url.searchParams.set('dates', `${googleCalendarTime(event.data.start)}/${googleCalendarTime(event.data.end)}`);
  url.searchParams.set('details', calendarDetails(event, site));
  url.searchParams.set('location', eventLocationText(event));
  url.searchParams.set('ctz', 'Asia/Tokyo');
  return url.href;
}
