import { readMarker } from './marker.ts';
import type { DesiredCategory, DesiredTopic, ObservedCategory, ObservedTopic } from './types.ts';

/** Where a desired category is on the forum: found there, or created during this run. */
export type CategoryRef = Pick<ObservedCategory, 'id' | 'slug'>;

/**
 * Categories are found by the key in their About post's marker, whatever their slug, name or parent are now:
 * a room renamed, given another URL name or moved to another condition stays the same category, with its
 * conversations. A category without the sync's marker (made by hand, or whose About post was not read) is found
 * by slug under its parent, top-level ones among top-level ones; one marked for another key never is.
 */
export function matchCategories(
  desired: DesiredCategory[],
  observed: ObservedCategory[],
): Map<string, ObservedCategory> {
  // One look-up table per run: with thousands of categories, searching the list for each one dominated a sync.
  const byMarker = firstBy(observed, categoryMarkerKey);
  const bySlug = firstBy(observed, (category) =>
    categoryMarkerKey(category) === undefined ? slugKey(category.parentId, category.slug) : undefined,
  );
  const matches = new Map<string, ObservedCategory>();
  const byKey = new Map(desired.map((category) => [category.key, category]));
  const find = (category: DesiredCategory): ObservedCategory | undefined => {
    if (matches.has(category.key)) return matches.get(category.key);
    const marked = byMarker.get(category.key);
    if (marked) {
      matches.set(category.key, marked);
      return marked;
    }
    let parentId: number | null = null;
    if (category.parentKey) {
      const parentDesired = byKey.get(category.parentKey);
      const parent = parentDesired ? find(parentDesired) : undefined;
      if (!parent) return undefined;
      parentId = parent.id;
    }
    const found = bySlug.get(slugKey(parentId, category.slug));
    if (found) matches.set(category.key, found);
    return found;
  };
  desired.forEach(find);
  return matches;
}

/** The key a category's About post names it by, when the sync wrote that post. */
export function categoryMarkerKey(category: ObservedCategory): string | undefined {
  return category.about ? readMarker(category.about.raw).marker?.key : undefined;
}

/** Topics are found by external_id, or else by the key in their marker. */
export function matchTopics(desired: DesiredTopic[], observed: ObservedTopic[]): Map<string, ObservedTopic> {
  const byExternalId = firstBy(observed, (topic) => topic.externalId?.toLowerCase());
  const byMarker = firstBy(observed, (topic) => topic.markerKey);
  const matches = new Map<string, ObservedTopic>();
  for (const topic of desired) {
    const found = byExternalId.get(topic.externalId.toLowerCase()) ?? byMarker.get(topic.key);
    if (found) matches.set(topic.key, found);
  }
  return matches;
}

function slugKey(parentId: number | null, slug: string): string {
  return `${parentId ?? ''}/${slug.toLowerCase()}`;
}

/** Items by key, keeping the first of any that share one (as a search of the list would). */
function firstBy<T>(items: T[], keyOf: (item: T) => string | null | undefined): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== null && key !== undefined && !index.has(key)) index.set(key, item);
  }
  return index;
}
