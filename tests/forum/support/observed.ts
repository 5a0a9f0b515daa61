import { withMarker, type MarkerFields } from '../../../src/forum/core/marker.ts';
import { categoryNotes, categoryRecordOf, topicNotes, topicRecordOf } from '../../../src/forum/core/record.ts';
import type {
  DesiredCategory,
  DesiredState,
  DesiredTopic,
  ObservedCategory,
  ObservedState,
  ObservedTopic,
} from '../../../src/forum/core/types.ts';

/** Markers as a sync before the notes wrote them: the key and the hash only. */
const noNotes = { category: (): MarkerFields => ({}), topic: (): MarkerFields => ({}) };

/** Markers as the sync writes them now, noting what it set, from content revision `rev`. */
export const notes = (rev = 'files-000000000000@1') => ({
  category: (category: DesiredCategory): MarkerFields => categoryNotes(categoryRecordOf(category), rev),
  topic: (topic: DesiredTopic): MarkerFields => topicNotes(topicRecordOf(topic.title, topic.status, topic.facts), rev),
});

/** The forum exactly as a finished sync of `desired` leaves it, for tests of the plan to change bit by bit. */
export function syncedForum(desired: DesiredState, marked: ReturnType<typeof notes> = noNotes): ObservedState {
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
    about: {
      id: 900 + index,
      raw: withMarker(category.description, category.key, marked.category(category)),
      version: 2,
    },
  }));
  const topics: ObservedTopic[] = desired.topics.map((topic, index) => ({
    id: 200 + index,
    externalId: topic.externalId,
    markerKey: null,
    categoryId: ids.get(topic.categoryKey)!,
    title: topic.title,
    status: { ...topic.status },
    firstPost: { id: 300 + index, raw: withMarker(topic.raw, topic.key, marked.topic(topic)), version: 1 },
  }));
  return { groups: desired.groups.map((group, index) => ({ id: 40 + index, name: group.name })), categories, topics };
}
