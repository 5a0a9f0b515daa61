import type { Entry } from '../model/entry.ts';
import { formatJaDateTime } from '../lib/japanese-date.ts';
import type { EventEntry, Site } from '../schemas/index.ts';
import { eventStateSentence, isCancelled, isDiscreet } from '../model/events.ts';
import { absolute, paths } from '../model/urls.ts';

/**
 * What every calendar-facing output (the .ics files, the Google Calendar link, the structured data, the feed) says
 * about an event, decided once so they never disagree. Whether it is cancelled or full, and its titles, come from
 * model/events.ts like everywhere else.
 */

export type SiteEvent = Entry<EventEntry>;

/** Stable across builds and edits: the event's file name on the site's host. A calendar updates, not duplicates. */
export function eventUid(event: SiteEvent, site: Pick<Site, 'url'>): string {
  return `${event.id}@${new URL(site.url).host}`;
}

export function eventPageUrl(event: SiteEvent, site: Pick<Site, 'url'>): string {
  return absolute(site, paths.event(event.id));
}

/** Where it happens, in words: the venue, "オンライン", or both. */
export function eventLocationText(event: SiteEvent): string {
  const { venue, format } = event.data;
  const place = venue ? [venue.name, venue.address].filter(Boolean).join(' ') : '';
  if (format === 'online') return 'オンライン';
  if (format === 'hybrid') return `${place}／オンライン`;
  return place;
}

/**
 * The calendar entry's notes: what it is, how to apply, and the page with everything else. Under a discreet title
 * the summary, which usually names the illness, is left out.
 */
export function calendarDetails(event: SiteEvent, site: Pick<Site, 'url'>): string {
  const { summary, statusNote, online, apply, fee } = event.data;
  const cancelled = isCancelled(event);
  return [
    cancelled ? `${eventStateSentence.cancelled}${statusNote ?? ''}` : undefined,
    isDiscreet(event) ? undefined : summary,
    online ? `参加方法: ${online}` : undefined,
    `参加費: ${fee}`,
    cancelled ? undefined : `申し込み: ${apply.how}（締め切り ${formatJaDateTime(apply.deadline)}）`,
    `詳しくは: ${eventPageUrl(event, site)}`,
  ]
    .filter((line): line is string => Boolean(line))
    .join('\n');
}
