import { statusChanges } from './changes.ts';
import { managedKeyOf, topicKind } from './external-id.ts';
import { matchCategories, matchTopics, type CategoryRef } from './match.ts';
import { readMarker } from './marker.ts';
import { planCategory, planTopic } from './plan-items.ts';
import { belongsTo } from './scope.ts';
import type {
  CategoryField,
  CategoryItem,
  DesiredGroup,
  DesiredState,
  Found,
  GroupItem,
  ObservedCategory,
  ObservedState,
  ObservedTopic,
  OrphanedCategory,
  OrphanedTopic,
  PlanItem,
  PlanOptions,
  TopicItem,
  TopicStatus,
} from './types.ts';

/** Desired against observed: one item per category and topic, saying what would change and why. */
export function makePlan(desired: DesiredState, observed: ObservedState, options: PlanOptions): PlanItem[] {
  const categoryMatches = matchCategories(desired.categories, observed.categories);
  const topicMatches = matchTopics(desired.topics, observed.topics);
  const groupNames = new Set(observed.groups.map((name) => name.toLowerCase()));
  const items: PlanItem[] = [
    ...desired.groups.map((group) => planGroup(group, groupNames)),
    ...desired.categories.map((category) =>
      planCategory(category, categoryMatches.get(category.key), categoryMatches, options),
    ),
    ...desired.topics.map((topic) => planTopic(topic, topicMatches.get(topic.key), categoryMatches, options)),
    ...orphanCategories(observed.categories, categoryMatches),
    ...orphanTopics(observed.topics, topicMatches, options),
  ];
  return items.filter((item) => belongsTo(item.kind, options.only));
}

/**
 * The item for something a create found already on the forum: compared afresh with what the forum holds, by
 * the same rules as everything the plan compares. The command applies it as it applies the plan.
 */
export function planFound(
  found: Found,
  categories: ReadonlyMap<string, CategoryRef>,
  options: PlanOptions,
): CategoryItem | TopicItem {
  return found.kind === 'category'
    ? planCategory(found.desired, found.observed, categories, options)
    : planTopic(found.desired, found.observed, categories, options);
}

/** Groups are only made sure to exist: their members are the staff's to manage. Names come lower-cased. */
function planGroup(group: DesiredGroup, observedNames: Set<string>): GroupItem {
  const base = {
    kind: 'group',
    key: group.key,
    file: group.file,
    label: group.name,
    desired: group,
  } satisfies Partial<GroupItem>;
  if (observedNames.has(group.name.toLowerCase())) return { ...base, action: 'unchanged', changes: [] };
  return {
    ...base,
    action: 'create',
    changes: [
      { field: 'name', to: group.name },
      { field: 'membership', to: '申し込みをスタッフが承認' },
    ],
  };
}

function orphanCategories(observed: ObservedCategory[], matches: Map<string, ObservedCategory>): OrphanedCategory[] {
  const matchedIds = new Set([...matches.values()].map((category) => category.id));
  return observed.flatMap((category): OrphanedCategory[] => {
    const key = category.about ? readMarker(category.about.raw).marker?.key : undefined;
    if (matchedIds.has(category.id) || key === undefined) return [];
    const note =
      '内容にないカテゴリです。カテゴリは消したり閉じたりしません。不要ならフォーラムの管理画面で整理してください。';
    return [
      {
        kind: 'category',
        key,
        file: null,
        label: category.name,
        action: 'orphaned',
        changes: [],
        note,
        observed: category,
      },
    ];
  });
}

/** Where --prune leaves a topic whose content is gone: closed and unlisted, never deleted. */
const pruned: TopicStatus = { pinned: false, pinnedUntil: null, closed: true, visible: false };

function orphanTopics(
  observed: ObservedTopic[],
  matches: Map<string, ObservedTopic>,
  options: PlanOptions,
): OrphanedTopic[] {
  const matchedIds = new Set([...matches.values()].map((topic) => topic.id));
  return observed.flatMap((topic): OrphanedTopic[] => {
    const key = managedKeyOf(topic);
    if (matchedIds.has(topic.id) || key === null) return [];
    const note = options.prune
      ? '内容にない話題です。--prune のため、閉じて一覧から外します（消しはしません）。'
      : '内容にない話題です。そのまま残します（--prune を付けると、閉じて一覧から外します）。';
    const changes = options.prune ? statusChanges(topic.status, pruned) : [];
    return [
      { kind: topicKind(key), key, file: null, label: topic.title, action: 'orphaned', changes, note, observed: topic },
    ];
  });
}

/** A category's own fields, sent in one request (its description is a post of its own). */
const fieldsWrittenTogether: CategoryField[] = ['name', 'color', 'text_color', 'position', 'permissions'];

/** Roughly how many requests applying an item takes: for the time estimate in the plan and the progress line. */
export function estimatedRequests(item: PlanItem): number {
  switch (item.kind) {
    case 'group':
      return item.action === 'create' ? 1 : 0;
    case 'category': {
      // A new category: create, then write its About post (found with up to 49 others in one read of the latest posts).
      if (item.action === 'create') return 2;
      if (item.action !== 'update') return 0;
      const changed = new Set(item.changes.map((change) => change.field));
      const fieldWrite = fieldsWrittenTogether.some((field) => changed.has(field)) ? 1 : 0;
      return fieldWrite + (changed.has('description') ? 1 : 0);
    }
    default: {
      // One request per status, and one for title, category and body together.
      const statusWrites = item.changes.filter(
        (change) => change.field === 'pinned' || change.field === 'closed' || change.field === 'visible',
      ).length;
      if (item.action === 'create') return 1 + statusWrites;
      if (item.action === 'orphaned') return statusWrites;
      if (item.action !== 'update') return 0;
      const contentWrite = item.changes.some(
        (change) => change.field === 'body' || change.field === 'title' || change.field === 'category',
      )
        ? 1
        : 0;
      return contentWrite + statusWrites;
    }
  }
}
