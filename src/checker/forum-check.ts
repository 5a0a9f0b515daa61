import { createCatalog } from '../model/catalog.ts';
import type { ContentSet } from '../model/entry.ts';
import { contentProblems } from '../forum/core/content-rules.ts';
import { desiredState } from '../forum/core/desired.ts';
import { discourseDefaults } from '../forum/core/settings.ts';
import type { DesiredState } from '../forum/core/types.ts';
import type { CheckableContent } from './cross-check.ts';
import type { LineLookup, Problem } from '../lib/problem.ts';

/**
 * What the forum would refuse of this content, found by the sync's own rules on the very state the sync would
 * send, with Discourse's default settings (the sync checks again against the forum's own). Needs site.yaml, which
 * every forum post quotes; rooms and events whose references do not resolve are left out, as their problems are
 * already reported and the sync never runs before they are fixed.
 */
export function forumCheck(content: CheckableContent, options: { now: Date; lineOf?: LineLookup }): Problem[] {
  const { site } = content;
  return site
    ? contentProblems(checkedDesiredState({ ...content, site }, options.now), discourseDefaults, options.lineOf)
    : [];
}

/** What the sync would send for the part of the content whose references resolve. */
export function checkedDesiredState(content: ContentSet, now: Date): DesiredState {
  const catalog = createCatalog(content);
  const rooms = content.rooms.filter((room) => catalog.findCondition(room.data.condition));
  const roomIds = new Set(rooms.map((room) => room.id));
  const events = content.events.filter((event) => event.data.rooms.some((id) => roomIds.has(id)));
  return desiredState({ ...content, rooms, events }, { now, calendar: content.site.forum.calendarEvents });
}
