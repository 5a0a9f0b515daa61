import { statusChanges } from './changes.ts';
import { managedKeyOf, topicKind } from './external-id.ts';
import { readMarker } from './marker.ts';
import { categoryMarkerKey, matchCategories, matchTopics, type CategoryRef } from './match.ts';
import { planCategory } from './plan-items.ts';
import { deletedTopic, planTopic } from './plan-topic.ts';
import { pinHolds, pinNote, readTopicRecord } from './record.ts';
import { belongsTo } from './scope.ts';
import type {
  CategoryField,
  CategoryItem,
  DesiredGroup,
  DesiredState,
  Found,
  GroupItem,
  ObservedCategory,
  ObservedGroup,
  ObservedState,
  ObservedTopic,
  OrphanedCategory,
  OrphanedTopic,
  PlanItem,
  PlanOptions,
  StatusChange,
  TopicItem,
  TopicRecord,
  TopicStatus,
} from './types.ts';

/** Desired against observed: one item per group, category and topic, saying what would change and why. */
export function makePlan(desired: DesiredState, observed: ObservedState, options: PlanOptions): PlanItem[] {
  const categoryMatches = matchCategories(desired.categories, observed.categories);
  const topicMatches = matchTopics(desired.topics, observed.topics);
  const categories = desired.categories.map((category) =>
    planCategory(category, categoryMatches.get(category.key), categoryMatches, options),
  );
  const categoryItems = new Map(categories.map((item) => [item.key, item]));
  const topics = desired.topics.map((topic) =>
    withCategoryNeeds(planTopic(topic, topicMatches.get(topic.key), categoryMatches, options), categoryItems),
  );
  const groupsByName = new Map(observed.groups.map((group) => [group.name.toLowerCase(), group]));
  const items: PlanItem[] = [
    ...desired.groups.map((group) => planGroup(group, groupsByName, categoryItems)),
    ...categories,
    ...topics,
    ...orphanCategories(observed.categories, categoryMatches),
    ...orphanTopics(observed.topics, topicMatches, options),
  ];
  return items.filter((item) => belongsTo(item.kind, options.only));
}

/**
 * A welcome topic tells who may read its room, so it waits for its category when that changes who may: when
 * the category cannot be brought up to date, the welcome is not either, and the two never disagree.
 */
function withCategoryNeeds(item: TopicItem, categories: ReadonlyMap<string, CategoryItem>): TopicItem {
  const category = categories.get(item.desired.categoryKey);
  const privacy = category?.changes.some((change) => change.field === 'permissions') ?? false;
  return item.kind === 'welcome' && privacy && category ? { ...item, needs: [...item.needs, category.key] } : item;
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
  switch (found.kind) {
    case 'category':
      return planCategory(found.desired, found.observed, categories, options);
    case 'topic':
      return planTopic(found.desired, found.observed, categories, options);
    case 'deleted':
      return deletedTopic(found.desired);
  }
}

/**
 * Groups are made sure to exist: their members are the staff's to manage. A group shows its room's name, so a
 * room renamed in the content renames its group in the same run. Names come lower-cased.
 */
function planGroup(
  group: DesiredGroup,
  observed: ReadonlyMap<string, ObservedGroup>,
  categories: ReadonlyMap<string, CategoryItem>,
): GroupItem {
  const base = {
    kind: 'group',
    key: group.key,
    file: group.file,
    label: group.name,
    desired: group,
    notes: [],
    warnings: [],
    kept: [],
    needs: [],
  } satisfies Partial<GroupItem>;
  const existing = observed.get(group.name.toLowerCase());
  if (existing) {
    const renamed = categories.get(group.categoryKey)?.changes.some((change) => change.field === 'name') ?? false;
    return renamed
      ? { ...base, action: 'update', observed: existing, changes: [{ field: 'full_name', to: group.fullName }] }
      : { ...base, action: 'unchanged', changes: [] };
  }
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
    const key = categoryMarkerKey(category);
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
        notes: [note],
        warnings: [],
        kept: [],
        needs: [],
        observed: category,
      },
    ];
  });
}

/** Where --prune leaves a topic whose content is gone: closed and unlisted, never deleted. */
const pruned: TopicStatus = { pinned: false, pinnedUntil: null, closed: true, visible: false };

/**
 * Topics whose content is gone. An announcement is always unpinned and closed, so nobody takes it for an event
 * still to come; --prune also unlists it, and closes and unlists a welcome. Nothing is deleted. What the sync
 * did once already (its marker notes it) is not done again: a moderator who reopens one is left to it.
 */
function orphanTopics(
  observed: ObservedTopic[],
  matches: Map<string, ObservedTopic>,
  options: PlanOptions,
): OrphanedTopic[] {
  const matchedIds = new Set([...matches.values()].map((topic) => topic.id));
  return observed.flatMap((topic): OrphanedTopic[] => {
    const key = managedKeyOf(topic);
    if (matchedIds.has(topic.id) || key === null) return [];
    const kind = topicKind(key);
    const closing: TopicStatus | null = options.prune
      ? pruned
      : kind === 'event'
        ? { pinned: false, pinnedUntil: null, closed: true, visible: topic.status.visible }
        : null;
    const marker = readMarker(topic.firstPost.raw).marker;
    const noted = marker ? readTopicRecord(marker.fields) : null;
    const changes = closing ? notDoneYet(statusChanges(topic.status, closing), noted, options.now) : [];
    const note = options.prune
      ? changes.length > 0
        ? '内容にない話題です。--prune のため、閉じて一覧から外します（消しはしません）。'
        : '内容にない話題です。閉じて一覧から外してあるので、そのままにします。'
      : kind === 'event'
        ? changes.length > 0
          ? '内容にない交流会です。まだある交流会と思われないよう、固定を外して閉じます（消しはしません。一覧から外すには --prune）。'
          : '内容にない交流会です。閉じてあるので、そのままにします（一覧から外すには --prune）。'
        : '内容にない話題です。そのまま残します（--prune を付けると、閉じて一覧から外します）。';
    const record =
      noted && closing && changes.length > 0
        ? { ...noted, pin: pinNote(closing), closed: closing.closed, listed: closing.visible }
        : null;
    return [
      {
        kind,
        key,
        file: null,
        label: topic.title,
        action: 'orphaned',
        changes,
        notes: [note],
        warnings: [],
        kept: [],
        needs: [],
        observed: topic,
        record,
      },
    ];
  });
}

/** The status changes the marker does not note as done already. */
function notDoneYet(changes: StatusChange[], noted: TopicRecord | null, now: Date): StatusChange[] {
  if (!noted) return changes;
  return changes.filter((change) => {
    if (change.field === 'pinned') return pinHolds(noted.pin, now);
    if (change.field === 'closed') return !noted.closed;
    return noted.listed;
  });
}

/** A category's own fields, sent in one request (its description is a post of its own). */
const fieldsWrittenTogether: CategoryField[] = [
  'name',
  'slug',
  'parent',
  'color',
  'text_color',
  'position',
  'permissions',
];

const isStatus = (field: string): boolean => field === 'pinned' || field === 'closed' || field === 'visible';

/** Roughly how many requests applying an item takes: for the time estimate in the plan and the progress line. */
export function estimatedRequests(item: PlanItem): number {
  switch (item.kind) {
    case 'group':
      return item.action === 'unchanged' ? 0 : 1;
    case 'category': {
      // A new category: create, then write its About post (found with up to 49 others in one read of the latest posts).
      if (item.action === 'create') return 2;
      if (item.action !== 'update' && item.action !== 'conflict') return 0;
      const changed = new Set(item.changes.map((change) => change.field));
      const fieldWrite = fieldsWrittenTogether.some((field) => changed.has(field)) ? 1 : 0;
      return fieldWrite + (changed.has('description') ? 1 : 0);
    }
    default: {
      // One request per status, and one for title, category and body together; a new topic's marker notes its
      // status once it is set.
      const statusWrites = item.changes.filter((change) => isStatus(change.field)).length;
      if (item.action === 'create') return 1 + statusWrites + (statusWrites > 0 ? 1 : 0);
      if (item.action === 'orphaned') return statusWrites + (item.record ? 1 : 0);
      if (item.action !== 'update' && item.action !== 'conflict') return 0;
      const contentWrite = item.changes.some((change) => !isStatus(change.field)) ? 1 : 0;
      return contentWrite + statusWrites;
    }
  }
}
