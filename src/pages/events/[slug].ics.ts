import type { APIRoute, GetStaticPaths } from 'astro';
import { eventIcs } from '../../calendar/ics.ts';
import type { SiteEvent } from '../../calendar/event-facts.ts';
import type { Programme } from '../../schemas/index.ts';
import { getSite } from '../../site/settings.ts';
import { getCatalog } from '../../site/catalog.ts';

interface Props {
  event: SiteEvent;
  organizer: Programme['operator'];
}

/** One event as an iCalendar file, to add to a phone's calendar. */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.events.map((event) => ({
    params: { slug: event.id },
    props: { event, organizer: catalog.programmeOf(event).data.operator },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(eventIcs(props.event, getSite(), props.organizer), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
