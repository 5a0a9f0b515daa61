import type { APIRoute, GetStaticPaths } from 'astro';
import { eventIcs } from '../../calendar/ics.ts';
import type { SiteEvent } from '../../calendar/event-facts.ts';
import { getSite } from '../../site/settings.ts';
import { getCatalog } from '../../site/catalog.ts';

/** One event as an iCalendar file, to add to a phone's calendar. */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.events.map((event) => ({
    params: { slug: event.id },
    props: { event: { id: event.id, data: event.data } },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: SiteEvent }> = ({ props }) =>
  new Response(eventIcs(props.event, getSite()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
