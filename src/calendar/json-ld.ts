import type { EventEntry, Programme, Site } from '../schemas/index.ts';
import { isCancelled, isFull } from '../model/events.ts';
import { tokyoIsoDateTime } from '../lib/japanese-date.ts';
import { eventLocationText, eventPageUrl, type SiteEvent } from './event-facts.ts';

/**
 * schema.org `Event` data for an event page, so search engines can show the date, place and status. It is a data
 * block (`application/ld+json`), never executed, so it needs no Content-Security-Policy allowance.
 */

const attendanceModeUrl: Record<EventEntry['format'], string> = {
  online: 'https://schema.org/OnlineEventAttendanceMode',
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

type JsonLd = Record<string, unknown>;

function place(event: SiteEvent): JsonLd | undefined {
  const venue = event.data.venue;
  if (!venue) return undefined;
  return {
    '@type': 'Place',
    name: venue.name,
    address: venue.address ?? eventLocationText(event),
    ...(venue.url ? { url: venue.url } : {}),
  };
}

function virtualLocation(event: SiteEvent, site: Pick<Site, 'url'>): JsonLd | undefined {
  if (event.data.format === 'offline') return undefined;
  // The meeting link is sent only to people who applied; the public page is where to start.
  return { '@type': 'VirtualLocation', url: eventPageUrl(event, site) };
}

/** "無料" → 0, "300 円（お茶代）" → 300; anything else is left out rather than guessed. */
export function feeInYen(fee: string): number | undefined {
  if (/^無料/.test(fee.trim())) return 0;
  const yen = /^([\d,]+)\s*円/.exec(fee.trim());
  return yen?.[1] ? Number(yen[1].replace(/,/g, '')) : undefined;
}

function offer(event: SiteEvent, site: Pick<Site, 'url'>): JsonLd {
  const price = feeInYen(event.data.fee);
  const apply = event.data.apply;
  return {
    '@type': 'Offer',
    url: apply.method === 'form' ? apply.url : eventPageUrl(event, site),
    availability: isFull(event) ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
    validThrough: tokyoIsoDateTime(event.data.apply.deadline),
    ...(price === undefined ? {} : { price, priceCurrency: 'JPY' }),
  };
}

export function eventJsonLd(
  event: SiteEvent,
  site: Pick<Site, 'url'>,
  organizer: Programme['operator'],
  imageUrl?: string,
): JsonLd {
  const locations = [place(event), virtualLocation(event, site)].filter((entry): entry is JsonLd => Boolean(entry));
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.data.title,
    description: event.data.summary,
    url: eventPageUrl(event, site),
    startDate: tokyoIsoDateTime(event.data.start),
    endDate: tokyoIsoDateTime(event.data.end),
    // A full event still takes place; only the offer is sold out.
    eventStatus: isCancelled(event) ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: attendanceModeUrl[event.data.format],
    location: locations.length === 1 ? locations[0] : locations,
    organizer: { '@type': 'Organization', name: organizer.name, url: organizer.url ?? site.url },
    offers: offer(event, site),
    inLanguage: 'ja',
    ...(event.data.capacity ? { maximumAttendeeCapacity: event.data.capacity } : {}),
    ...(imageUrl ? { image: [imageUrl] } : {}),
  };
}

/** JSON that is safe inside a <script> element: no "</script>" or "<!--" can close or confuse it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
