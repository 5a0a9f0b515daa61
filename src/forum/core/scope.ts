import type { ItemKind, Only } from './types.ts';

/** Whether a run with `--only` covers items of this kind: events are the announcements, rooms all the rest. */
export function belongsTo(kind: ItemKind, only: Only | null): boolean {
  if (only === null) return true;
  return only === 'events' ? kind === 'event' : kind !== 'event';
}
