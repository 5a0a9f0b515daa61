import { createHash } from 'node:crypto';
import { describePermissions, squashTitle } from './changes.ts';
import type { MarkerFields } from './marker.ts';
import type { CategoryRecord, DesiredCategory, TopicRecord, TopicStatus } from './types.ts';

/*
 * What the sync notes in a post's marker (./marker.ts) besides the body's hash: the value it last set for each
 * field a moderator may change by hand. A field whose forum value differs from the note was changed on the forum
 * (kept, unless safety or --force says otherwise); one whose note differs from the content was changed in the
 * content (written). Long or non-ASCII values are noted as a short digest.
 */

export const digest = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** A topic's pin as noted: `0`, `1` (until unpinned) or the ISO moment Discourse unpins it. */
export function pinNote(status: Pick<TopicStatus, 'pinned' | 'pinnedUntil'>): string {
  return status.pinned ? (status.pinnedUntil ?? '1') : '0';
}

/** Whether a noted pin still holds at a moment: a pin until a moment that has passed is no pin. */
export function pinHolds(note: string, now: Date): boolean {
  if (note === '0') return false;
  if (note === '1') return true;
  return Date.parse(note) > now.getTime();
}

export const topicRecordOf = (title: string, status: TopicStatus, facts: string): TopicRecord => ({
  title: digest(squashTitle(title)),
  pin: pinNote(status),
  closed: status.closed,
  listed: status.visible,
  facts: digest(facts),
});

export const categoryRecordOf = (category: Pick<DesiredCategory, 'name' | 'slug' | 'permissions'>): CategoryRecord => ({
  name: digest(category.name.trim()),
  slug: category.slug.toLowerCase(),
  facts: digest(describePermissions(category.permissions)),
});

const flag = (value: boolean): string => (value ? '1' : '0');

/** The marker's notes for a record and the content revision the post is written from. */
export function topicNotes(record: TopicRecord, revision: string): MarkerFields {
  const { title, pin, closed, listed, facts } = record;
  return { rev: revision, title, pin, closed: flag(closed), listed: flag(listed), facts };
}

export function categoryNotes(record: CategoryRecord, revision: string): MarkerFields {
  return { rev: revision, name: record.name, slug: record.slug, facts: record.facts };
}

/** The record a marker holds; null when it holds none (written before the sync noted them, or by hand). */
export function readTopicRecord(fields: MarkerFields): TopicRecord | null {
  const { title, pin, closed, listed, facts } = fields;
  if (title === undefined || pin === undefined || closed === undefined || listed === undefined || facts === undefined)
    return null;
  return { title, pin, closed: closed === '1', listed: listed === '1', facts };
}

export function readCategoryRecord(fields: MarkerFields): CategoryRecord | null {
  const { name, slug, facts } = fields;
  return name === undefined || slug === undefined || facts === undefined ? null : { name, slug, facts };
}

/** The content revision a marker says its post was written from, when it says. */
export const revisionOf = (fields: MarkerFields): string | null => fields['rev'] ?? null;

export function sameTopicRecord(a: TopicRecord, b: TopicRecord, now: Date): boolean {
  const samePin = a.pin === b.pin || (!pinHolds(a.pin, now) && !pinHolds(b.pin, now));
  return samePin && a.title === b.title && a.closed === b.closed && a.listed === b.listed && a.facts === b.facts;
}

export const sameCategoryRecord = (a: CategoryRecord, b: CategoryRecord): boolean =>
  a.name === b.name && a.slug === b.slug && a.facts === b.facts;
