import { createHash } from 'node:crypto';
import { discourseWhitespace } from './title.ts';

/**
 * Every post the sync writes ends with an HTML comment holding the hash of the body it wrote. Discourse drops
 * comments when it renders, so readers never see it, but the raw text keeps it. Reading a post back then tells,
 * without any local state, whether a person changed it since (body no longer matches its hash) and whether the
 * content changed since (hash differs from the wanted body's).
 *
 * After the hash come the sync's own notes of what it set besides the body (`name=value`, ./record.ts): the
 * title, pin and status of a topic, the name and URL name of a category, the digest of the facts the text
 * promises, and the content revision it was written from. They let the plan tell a moderator's change of those
 * fields from a change in the content, field by field.
 */

const markerPattern = /\n*<!-- hiroba:v1 key=([\w:./-]+) sha256=([0-9a-f]{64})((?: [a-z]+=[\w:.@+,%-]*)*) -->\s*$/;
const fieldPattern = / ([a-z]+)=([\w:.@+,%-]*)/g;

/**
 * The body as Discourse stores it: Unicode spaces made plain and trailing whitespace trimmed whenever it saves a
 * post (TextCleaner.normalize_whitespaces in PostCreator and PostRevisor). Hashing the text as Discourse will
 * store it keeps an untouched post from looking edited.
 */
export function normalizeRaw(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(discourseWhitespace, ' ').replace(/\s+$/, '');
}

export function hashBody(body: string): string {
  return hashNormalized(normalizeRaw(body));
}

const hashNormalized = (normalized: string) => createHash('sha256').update(normalized).digest('hex');

/** The notes a marker carries after the hash, by name; empty in markers written before there were any. */
export type MarkerFields = Readonly<Record<string, string>>;

export interface Marker {
  key: string;
  hash: string;
  fields: MarkerFields;
}

function markerComment(key: string, hash: string, fields: MarkerFields): string {
  const notes = Object.entries(fields)
    .map(([name, value]) => ` ${name}=${value}`)
    .join('');
  return `<!-- hiroba:v1 key=${key} sha256=${hash}${notes} -->`;
}

/** The raw text to send: the body, then the marker naming the item, the body's hash and the sync's notes. */
export function withMarker(body: string, key: string, fields: MarkerFields = {}): string {
  const normalized = normalizeRaw(body);
  return `${normalized}\n\n${markerComment(key, hashNormalized(normalized), fields)}`;
}

/**
 * The same post with new notes: the text above the marker and the hash of what the sync once wrote stay as they
 * are, so a moderator's text stays theirs (and still reads as edited) while the sync's notes are brought up to date.
 */
export function withNewNotes(raw: string, marker: Marker, fields: MarkerFields): string {
  return `${readMarker(raw).body}\n\n${markerComment(marker.key, marker.hash, fields)}`;
}

export interface ReadPost {
  /** The text above the marker (the whole raw when there is none). */
  body: string;
  marker: Marker | null;
}

export function readMarker(raw: string): ReadPost {
  const normalized = normalizeRaw(raw);
  const match = markerPattern.exec(normalized);
  const [, key, hash, notes = ''] = match ?? [];
  if (!match || key === undefined || hash === undefined) return { body: normalized, marker: null };
  const fields = Object.fromEntries(
    [...notes.matchAll(fieldPattern)].map(([, name = '', value = '']) => [name, value]),
  );
  return { body: normalized.slice(0, match.index), marker: { key, hash, fields } };
}

export type PostState =
  /** The forum holds exactly the wanted body, stamped by the sync. */
  | 'current'
  /** The forum holds the wanted body, but its marker is stale or missing (someone copied a forum edit into the content). */
  | 'restamp'
  /** The sync wrote it and nobody touched it, but the content has changed since. */
  | 'outdated'
  /** A person changed it after the sync wrote it, or wrote it without the sync. */
  | 'edited'
  /** Discourse's own placeholder, never revised (a new category's About post). */
  | 'placeholder';

/**
 * Compares a post on the forum with the body the content wants. A post without a marker that was never revised
 * is Discourse's placeholder: safe to replace. One without a marker that someone revised is theirs.
 */
export function comparePost(post: { raw: string; version: number }, wantedBody: string, key: string): PostState {
  const { body, marker } = readMarker(post.raw);
  const wanted = normalizeRaw(wantedBody);
  if (body === wanted) return marker?.hash === hashBody(wanted) && marker.key === key ? 'current' : 'restamp';
  if (!marker) return post.version <= 1 ? 'placeholder' : 'edited';
  if (hashBody(body) !== marker.hash) return 'edited';
  return 'outdated';
}
