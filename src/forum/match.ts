import type { DesiredCategory, DesiredTopic, ObservedCategory, ObservedTopic } from './types.ts';

/** Where a desired category is on the forum: found there, or created during this run. */
export type CategoryRef = Pick<ObservedCategory, 'id' | 'slug'>;

/** Categories are found by slug under their parent (top-level ones among top-level ones). */
export function matchCategories(desired: DesiredCategory[], observed: ObservedCategory[]): Map<string, ObservedCategory> {
  const matches = new Map<string, ObservedCategory>();
  const byKey = new Map(desired.map((category) => [category.key, category]));
  const find = (category: DesiredCategory): ObservedCategory | undefined => {
    if (matches.has(category.key)) return matches.get(category.key);
    let parentId: number | null = null;
    if (category.parentKey) {
      const parentDesired = byKey.get(category.parentKey);
      const parent = parentDesired ? find(parentDesired) : undefined;
      if (!parent) return undefined;
      parentId = parent.id;
    }
    const found = observed.find((candidate) => candidate.parentId === parentId && candidate.slug.toLowerCase() === category.slug.toLowerCase());
    if (found) matches.set(category.key, found);
    return found;
  };
  desired.forEach(find);
  return matches;
}

export function matchTopics(desired: DesiredTopic[], observed: ObservedTopic[]): Map<string, ObservedTopic> {
  const matches = new Map<string, ObservedTopic>();
  for (const topic of desired) {
    const found =
      observed.find((candidate) => candidate.externalId?.toLowerCase() === topic.externalId.toLowerCase()) ??
      observed.find((candidate) => candidate.markerKey === topic.key);
    if (found) matches.set(topic.key, found);
  }
  return matches;
}
