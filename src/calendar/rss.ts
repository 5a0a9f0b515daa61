import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { formatJaDateRange } from '../lib/japanese-date.ts';
import type { Site } from '../schemas/index.ts';
import { feedTitle, isDiscreet } from '../model/events.ts';
import { absolute, paths, sitePath } from '../model/urls.ts';
import { eventLocationText, eventPageUrl, type SiteEvent } from './event-facts.ts';

/**
 * An RSS 2.0 feed of the events, for feed readers, written by Astro's own feed builder. An item's date is the day
 * the staff announced the event (`announced`), so it stays the same at every build: a build date would make readers
 * think every event changed each time. An event without that day goes out undated rather than misdated (its start
 * lies in the future, and readers may hide an item dated in the future until then).
 */

export const eventsFeedPath = sitePath('events/feed.xml');

/** Midnight in Tokyo of the announcement day: the day the staff wrote, whatever zone a reader is in. */
function announcedAt(event: SiteEvent): Date | undefined {
  return event.data.announced ? new Date(`${event.data.announced}T00:00:00+09:00`) : undefined;
}

function item(event: SiteEvent, site: Pick<Site, 'url'>): RSSFeedItem {
  const { summary, start, end } = event.data;
  const pubDate = announcedAt(event);
  return {
    title: feedTitle(event),
    link: eventPageUrl(event, site),
    description: [`${formatJaDateRange(start, end)}（${eventLocationText(event)}）`, isDiscreet(event) ? '' : summary]
      .filter(Boolean)
      .join('\n'),
    ...(pubDate ? { pubDate } : {}),
  };
}

// The builder reads custom data as XML, so the one value written into it is escaped here.
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Events newest-start first, as readers list them. */
export function eventsRss(events: readonly SiteEvent[], site: Pick<Site, 'name' | 'url' | 'tagline'>): Promise<string> {
  const ordered = [...events].sort(
    (a, b) => Date.parse(b.data.start) - Date.parse(a.data.start) || a.id.localeCompare(b.id),
  );
  return getRssString({
    title: `${site.name} 交流会のお知らせ`,
    description: site.tagline,
    site: absolute(site, paths.events()),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>ja</language>',
      `<atom:link href="${attribute(absolute(site, eventsFeedPath))}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: ordered.map((event) => item(event, site)),
  });
}
