import { createHash } from 'node:crypto';

/** Discourse's limits on a topic's external_id (app/models/topic.rb). */
export const externalIdMaxLength = 50;
export const externalIdPattern = /^[\w-]+$/;

/**
 * The stable forum identity of a managed topic: `hiroba-<kind>-<slug>`. Content slugs are already lowercase
 * ASCII, so this is usually just the slug; an id too long for Discourse keeps a readable prefix and ends with a
 * short hash of the whole, so two long slugs never collide and the same slug always gives the same id.
 */
export function externalIdFor(kind: 'welcome' | 'event', slug: string): string {
  const full = `hiroba-${kind}-${slug}`;
  if (full.length <= externalIdMaxLength && externalIdPattern.test(full)) return full;
  const suffix = createHash('sha256').update(full).digest('hex').slice(0, 10);
  const readable = full.replace(/[^\w-]+/g, '-').slice(0, externalIdMaxLength - suffix.length - 1).replace(/-+$/, '');
  return `${readable}-${suffix}`;
}
