import { statusChanges } from './changes.ts';
import { matchCategories, matchTopics } from './match.ts';
import { readMarker } from './marker.ts';
import { planCategory, planTopic } from './plan-items.ts';
import type { ForumSettings } from './settings.ts';
import type { DesiredGroup, DesiredState, ItemKind, ObservedCategory, ObservedState, ObservedTopic, PlanItem } from './types.ts';

export type Only = 'rooms' | 'events';

export interface PlanOptions {
  /** Overwrite posts people edited on the forum. */
  force: boolean;
  /** Close and unlist topics whose content is gone. */
  prune: boolean;
  only: Only | null;
  settings: ForumSettings;
}

/** Desired against observed: one item per category and topic, saying what would change and why. */
export function makePlan(desired: DesiredState, observed: ObservedState, options: PlanOptions): PlanItem[] {
  const categoryMatches = matchCategories(desired.categories, observed.categories);
  const topicMatches = matchTopics(desired.topics, observed.topics);
  const groupNames = new Set(observed.groups.map((name) => name.toLowerCase()));
  const items: PlanItem[] = [
    ...desired.groups.map((group) => planGroup(group, groupNames)),
    ...desired.categories.map((category) => planCategory(category, categoryMatches.get(category.key), categoryMatches, options)),
    ...desired.topics.map((topic) => planTopic(topic, topicMatches.get(topic.key), categoryMatches, options)),
    ...orphanCategories(observed.categories, categoryMatches),
    ...orphanTopics(observed.topics, topicMatches, options),
  ];
  return options.only ? items.filter((item) => belongsTo(item.kind, options.only!)) : items;
}

export function belongsTo(kind: ItemKind, only: Only): boolean {
  return only === 'events' ? kind === 'event' : kind !== 'event';
}

/** What a managed topic is, from its marker key (`event:…`) or external_id (`hiroba-event-…`). */
export function topicKind(key: string): 'welcome' | 'event' {
  return key.startsWith('event:') || key.startsWith('hiroba-event-') ? 'event' : 'welcome';
}

/** Groups are only made sure to exist: their members are the staff's to manage. Names come lower-cased. */
function planGroup(group: DesiredGroup, observedNames: Set<string>): PlanItem {
  const exists = observedNames.has(group.name.toLowerCase());
  return {
    kind: 'group',
    key: group.key,
    file: group.file,
    label: group.name,
    desired: group,
    action: exists ? 'unchanged' : 'create',
    changes: exists ? [] : [{ field: 'name', to: group.name }, { field: 'membership', to: '申し込みをスタッフが承認' }],
  };
}

function orphanCategories(observed: ObservedCategory[], matches: Map<string, ObservedCategory>): PlanItem[] {
  const matchedIds = new Set([...matches.values()].map((category) => category.id));
  return observed
    .filter((category) => !matchedIds.has(category.id) && category.about && readMarker(category.about.raw).marker)
    .map((category) => ({
      kind: 'category' as const,
      key: readMarker(category.about!.raw).marker!.key,
      file: null,
      label: category.name,
      action: 'orphaned' as const,
      changes: [],
      note: '内容にないカテゴリです。カテゴリは消したり閉じたりしません。不要ならフォーラムの管理画面で整理してください。',
      observedCategory: category,
    }));
}

function orphanTopics(observed: ObservedTopic[], matches: Map<string, ObservedTopic>, options: PlanOptions): PlanItem[] {
  const matchedIds = new Set([...matches.values()].map((topic) => topic.id));
  return observed
    .filter((topic) => !matchedIds.has(topic.id) && (topic.markerKey !== null || topic.externalId?.startsWith('hiroba-')))
    .map((topic) => {
      const key = topic.markerKey ?? topic.externalId!;
      const kind: ItemKind = topicKind(key);
      const changes = options.prune ? statusChanges(topic.status, { ...topic.status, pinned: false, pinnedUntil: null, closed: true, visible: false }) : [];
      return {
        kind,
        key,
        file: null,
        label: topic.title,
        action: 'orphaned' as const,
        changes,
        note: options.prune
          ? '内容にない話題です。--prune のため、閉じて一覧から外します（消しはしません）。'
          : '内容にない話題です。そのまま残します（--prune を付けると、閉じて一覧から外します）。',
        observedTopic: topic,
      };
    });
}

/** Roughly how many requests applying an item takes: for the time estimate in the plan and the progress line. */
export function estimatedRequests(item: PlanItem, prune: boolean): number {
  const changed = new Set(item.changes.map((change) => change.field));
  const statusWrites = ['pinned', 'closed', 'visible'].filter((field) => changed.has(field)).length;
  switch (item.action) {
    case 'create':
      // A category: create, then write its About post (found with up to 49 others in one read of the latest
      // posts). A topic: create, then one request per status.
      return item.kind === 'category' ? 2 : item.kind === 'group' ? 1 : 1 + statusWrites;
    case 'update': {
      if (item.kind === 'category') {
        const fieldWrite = ['name', 'color', 'text_color', 'position', 'permissions'].some((field) => changed.has(field)) ? 1 : 0;
        return fieldWrite + (changed.has('description') ? 1 : 0);
      }
      const contentWrite = changed.has('body') || changed.has('title') || changed.has('category') ? 1 : 0;
      return contentWrite + statusWrites;
    }
    case 'orphaned':
      return prune ? item.changes.length : 0;
    default:
      return 0;
  }
}
