import type { APIRoute } from 'astro';
import { eventsRss } from '../../calendar/rss.ts';
import { getSite } from '../../site/settings.ts';
import { getCatalog } from '../../site/catalog.ts';

/** The events as an RSS feed, for feed readers. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return new Response(await eventsRss(catalog.events, getSite()), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
