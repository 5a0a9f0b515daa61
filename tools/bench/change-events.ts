import { tokyoTime, type GeneratedContent } from './generate-content.ts';

/**
 * The "ten-item change" of the sync benchmark: the first `count` upcoming, scheduled events move one hour later
 * and get a new title, as staff editing a batch of announcements would.
 */
export function withChangedEvents(
  content: GeneratedContent,
  count: number,
  now: Date,
): { content: GeneratedContent; changed: string[] } {
  const changeable = content.events.filter(
    (event) => event.data.status === 'scheduled' && Date.parse(event.data.start) > now.getTime(),
  );
  const changed = new Set(changeable.slice(0, count).map((event) => event.slug));
  if (changed.size < count) throw new Error(`Only ${changed.size} events can be changed; ${count} were asked for.`);
  const events = content.events.map((event) => {
    if (!changed.has(event.slug)) return event;
    const later = (moment: string) => tokyoTime(Date.parse(moment) + 3_600_000);
    return {
      ...event,
      data: {
        ...event.data,
        title: `${event.data.title}【時間変更】`,
        start: later(event.data.start),
        end: later(event.data.end),
      },
    };
  });
  return { content: { ...content, events }, changed: [...changed] };
}
