/**
 * Everything the site, the forum sync and the calendar outputs ask about events: where one stands in time and in
 * its lists (event-timeline.ts), and what it is at a moment — open, full, cancelled, over — with the words for it
 * (event-state.ts).
 */
export * from './event-timeline.ts';
export * from './event-state.ts';
