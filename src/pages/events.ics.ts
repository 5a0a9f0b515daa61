import type { APIRoute } from 'astro';
import { eventsFeedIcs } from '../calendar/ics.ts';
import { getSite } from '../site/settings.ts';
import { getCatalog } from '../site/catalog.ts';

/** Every event in one calendar, to subscribe to: calendar apps fetch it again and pick up new and cancelled events. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const ics = eventsFeedIcs(catalog.events, getSite(), (event) => catalog.programmeOf(event).data.operator);
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
