import { withMarker } from '../../../src/forum/core/marker.ts';
import type { DesiredState, ObservedCategory, ObservedState, ObservedTopic } from '../../../src/forum/core/types.ts';

/** The forum exactly as a finished sync of `desired` leaves it, for tests of the plan to change bit by bit. */
export function syncedForum(desired: DesiredState): ObservedState {
  const ids = new Map<string, number>();
  desired.categories.forEach((category, index) => ids.set(category.key, 100 + index));
  const categories: ObservedCategory[] = desired.categories.map((category, index) => ({
    id: 100 + index,
    name: category.name,
    slug: category.slug,
    color: category.color,
    textColor: category.textColor,
    position: category.position,
    parentId: category.parentKey ? ids.get(category.parentKey)! : null,
    permissions: category.permissions,
    readRestricted: !('everyone' in category.permissions),
    aboutTopicId: 500 + index,
    about: { id: 900 + index, raw: withMarker(category.description, category.key), version: 2 },
  }));
  const topics: ObservedTopic[] = desired.topics.map((topic, index) => ({
    id: 200 + index,
    externalId: topic.externalId,
    markerKey: null,
    categoryId: ids.get(topic.categoryKey)!,
    title: topic.title,
    status: { ...topic.status },
    firstPost: { id: 300 + index, raw: withMarker(topic.raw, topic.key), version: 1 },
  }));
  return { groups: desired.groups.map((group, index) => ({ id: 40 + index, name: group.name })), categories, topics };
}
