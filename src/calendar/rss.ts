import { formatJaDateRange } from '../lib/japanese-date.ts';
import type { Site } from '../schemas/index.ts';
import { absolute, paths } from '../model/urls.ts';
import { eventLocationText, eventPageUrl, type SiteEvent } from './event-facts.ts';

/**
 * An RSS 2.0 feed of the events, for feed readers. Items carry no publication date: the content has no "published
 * on" field, and a build date would make every reader think every event changed at each build.
 */

export const eventsFeedPath = '/events/feed.xml';

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const statusWord = { scheduled: '', full: '【満席】', cancelled: '【中止】' } as const;

function item(event: SiteEvent, site: Pick<Site, 'url'>): string {
  const { title, summary, start, end, status } = event.data;
  const url = eventPageUrl(event, site);
  const description = [`${formatJaDateRange(start, end)}（${eventLocationText(event)}）`, summary].join('\n');
  return [
    '<item>',
    `<title>${escapeXml(`${statusWord[status]}${title}`)}</title>`,
    `<link>${escapeXml(url)}</link>`,
    `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
    `<description>${escapeXml(description)}</description>`,
    '</item>',
  ].join('');
}

/** Events newest-start first, as readers list them. */
export function eventsRss(events: readonly SiteEvent[], site: Pick<Site, 'name' | 'url' | 'tagline'>): string {
  const ordered = [...events].sort((a, b) => Date.parse(b.data.start) - Date.parse(a.data.start));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(`${site.name} 交流会のお知らせ`)}</title>`,
    `<link>${escapeXml(absolute(site, paths.events()))}</link>`,
    `<description>${escapeXml(site.tagline)}</description>`,
    '<language>ja</language>',
    `<atom:link href="${escapeXml(absolute(site, eventsFeedPath))}" rel="self" type="application/rss+xml"/>`,
    ...ordered.map((event) => item(event, site)),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
