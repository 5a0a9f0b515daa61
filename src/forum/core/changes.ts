import { readMarker, type PostState } from './marker.ts';
import type { Change, ObservedCategory, Permissions, StatusChange, TopicStatus } from './types.ts';

/* How the plan says what differs, field by field. */

/** Where a change names a category the run is still to make. */
export const notYetMade = '(これから作るカテゴリ)';

/** A topic Discourse has just created: not pinned, open, listed. */
export const defaultStatus: TopicStatus = { pinned: false, pinnedUntil: null, closed: false, visible: true };

export function statusChanges(observed: TopicStatus, desired: TopicStatus): StatusChange[] {
  const changes: StatusChange[] = [];
  const untilDiffers = desired.pinned && observed.pinned && !sameMoment(observed.pinnedUntil, desired.pinnedUntil);
  if (observed.pinned !== desired.pinned || untilDiffers)
    changes.push({ field: 'pinned', from: pin(observed), to: pin(desired) });
  if (observed.closed !== desired.closed) changes.push({ field: 'closed', from: observed.closed, to: desired.closed });
  if (observed.visible !== desired.visible)
    changes.push({ field: 'visible', from: observed.visible, to: desired.visible });
  return changes;
}

/** A pin as a change shows and applies it: until unpinned (`true`), until a moment, or none. */
function pin(status: TopicStatus): boolean | string {
  return status.pinned ? (status.pinnedUntil ?? true) : false;
}

function sameMoment(a: string | null, b: string | null): boolean {
  return a === null || b === null ? a === b : Date.parse(a) === Date.parse(b);
}

/**
 * Discourse versions tidy whitespace in titles slightly differently (runs of ideographic and ASCII spaces);
 * a difference in whitespace alone is not worth a write.
 */
export function sameTitle(a: string, b: string): boolean {
  return squashTitle(a) === squashTitle(b);
}

export const squashTitle = (text: string): string => text.replace(/\s+/gu, ' ').trim();

export function permissionsMatch(observed: ObservedCategory, desired: Permissions): boolean {
  if (observed.permissions) return describePermissions(observed.permissions) === describePermissions(desired);
  return observed.readRestricted === !('everyone' in desired);
}

/** Whether a category is open to everyone now, by its permissions where the forum said them. */
const isPublic = (category: ObservedCategory): boolean =>
  category.permissions ? 'everyone' in category.permissions : !category.readRestricted;

/** Whether these permissions would open a members-only category to everyone, past posts included. */
export const opensToEveryone = (observed: ObservedCategory, desired: Permissions): boolean =>
  !isPublic(observed) && 'everyone' in desired;

export function describePermissions(permissions: Permissions): string {
  const levels: Record<Permissions[string], string> = { 1: '投稿と返信', 2: '返信', 3: '閲覧' };
  return Object.entries(permissions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, level]) => `${group === 'everyone' ? 'だれでも' : group}:${levels[level]}`)
    .join(', ');
}

export function postChange<Field extends 'body' | 'description'>(
  field: Field,
  state: PostState,
  observedRaw: string,
  wanted: string,
): Change<Field> | null {
  switch (state) {
    case 'current':
      return null;
    case 'restamp':
      return { field, detail: '内容は同じです。同期の目印だけ書き直します' };
    case 'placeholder':
      return { field, detail: `Discourse の仮の文を、内容の ${lineCount(wanted)} 行に置き換えます` };
    default:
      return { field, detail: lineDiff(readMarker(observedRaw).body, wanted) };
  }
}

export function lineCount(text: string): number {
  return text.split('\n').length;
}

/** A short summary of how a body changes, e.g. "+2 −1 行". */
function lineDiff(from: string, to: string): string {
  const before = from.split('\n');
  const after = to.trim().split('\n');
  const remaining = new Map<string, number>();
  for (const line of before) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  let added = 0;
  for (const line of after) {
    const left = remaining.get(line) ?? 0;
    if (left > 0) remaining.set(line, left - 1);
    else added++;
  }
  const removed = [...remaining.values()].reduce((sum, count) => sum + count, 0);
  return `+${added} −${removed} 行`;
}
