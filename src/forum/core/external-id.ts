import { createHash } from 'node:crypto';
import type { ObservedTopic, TopicKind } from './types.ts';

/** Discourse's limits on a topic's external_id (app/models/topic.rb). */
export const externalIdMaxLength = 50;
export const externalIdPattern = /^[\w-]+$/;

const prefix = 'hiroba-';

/**
 * The stable forum identity of a managed topic: `hiroba-<kind>-<slug>`. Content slugs are already lowercase
 * ASCII, so this is usually just the slug; an id too long for Discourse keeps a readable prefix and ends with a
 * short hash of the whole, so two long slugs never collide and the same slug always gives the same id.
 */
export function externalIdFor(kind: TopicKind, slug: string): string {
  const full = `${prefix}${kind}-${slug}`;
  if (full.length <= externalIdMaxLength && externalIdPattern.test(full)) return full;
  const suffix = createHash('sha256').update(full).digest('hex').slice(0, 10);
  const readable = full
    .replace(/[^\w-]+/g, '-')
    .slice(0, externalIdMaxLength - suffix.length - 1)
    .replace(/-+$/, '');
  return `${readable}-${suffix}`;
}

/** What a topic on the forum is to the sync: the key in its marker, else its `hiroba-` external_id; null when it is not the sync's. */
export function managedKeyOf(topic: Pick<ObservedTopic, 'markerKey' | 'externalId'>): string | null {
  return topic.markerKey ?? (topic.externalId?.startsWith(prefix) ? topic.externalId : null);
}

/** What a managed topic is, from its marker key (`event:…`) or external_id (`hiroba-event-…`). */
export function topicKind(key: string): TopicKind {
  return key.startsWith('event:') || key.startsWith(`${prefix}event-`) ? 'event' : 'welcome';
}

/**
 * The external_id of the n-th copy of a managed topic: the id itself first, then `-r2`, `-r3`… (within Discourse's
 * 50 characters). A topic a moderator deleted keeps its id taken, so a copy made again needs a fresh one.
 */
export function recreatedExternalId(externalId: string, generation: number): string {
  if (generation <= 1) return externalId;
  const suffix = `-r${generation}`;
  return `${externalId.slice(0, externalIdMaxLength - suffix.length)}${suffix}`;
}
