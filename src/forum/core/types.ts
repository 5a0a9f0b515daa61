import type { Place } from '../../checker/problem.ts';

/**
 * The shapes the forum sync passes between its steps: what the content wants (desired), what the forum has
 * (observed), and what to do about the difference (plan).
 */

/** Discourse category permissions: group name → 1 full, 2 create posts, 3 read only. `everyone` makes it public. */
export type Permissions = Record<string, 1 | 2 | 3>;

/** Which content field a forum field comes from, so a refusal can point at it. */
export interface Origin {
  file: string;
  place: Place;
}

export interface DesiredCategory {
  /** `category:<condition>` or `category:<condition>/<room>`: stable across runs, shown in the plan. */
  key: string;
  kind: 'condition' | 'room';
  file: string;
  /** Key of the parent category; null for a top-level one. */
  parentKey: string | null;
  name: string;
  slug: string;
  /** Six hex digits, no `#`. */
  color: string;
  textColor: string;
  position: number;
  permissions: Permissions;
  /** Body of the category's "About" topic, without the sync marker. */
  description: string;
  origins: Record<'name' | 'slug' | 'color' | 'permissions' | 'description', Origin>;
}

export interface TopicStatus {
  pinned: boolean;
  /** ISO moment at which Discourse unpins the topic by itself; null when pinned indefinitely or not pinned. */
  pinnedUntil: string | null;
  closed: boolean;
  visible: boolean;
}

export interface DesiredTopic {
  /** `welcome:<room>` or `event:<event>`. */
  key: string;
  kind: 'welcome' | 'event';
  file: string;
  externalId: string;
  /** Key of the category the topic lives in. */
  categoryKey: string;
  title: string;
  /** First post body, without the sync marker. */
  raw: string;
  status: TopicStatus;
  origins: Record<'title' | 'raw' | 'externalId' | 'category', Origin>;
}

/** A forum group that gives a members-only room its readers; the sync only makes sure it exists. */
export interface DesiredGroup {
  /** `group:<name>`. */
  key: string;
  name: string;
  /** Shown on the forum's group page: the room's name. */
  fullName: string;
  file: string;
  origin: Origin;
}

export interface DesiredState {
  groups: DesiredGroup[];
  categories: DesiredCategory[];
  topics: DesiredTopic[];
}

/** The first post of a topic as the forum stores it. */
export interface ObservedPost {
  id: number;
  raw: string;
  /** Revision number: 1 until someone edits the post. */
  version: number;
}

export interface ObservedCategory {
  id: number;
  name: string;
  slug: string;
  color: string;
  textColor: string;
  position: number;
  parentId: number | null;
  /** Null when the forum did not say (the sync then compares `readRestricted` only). */
  permissions: Permissions | null;
  readRestricted: boolean;
  aboutTopicId: number | null;
  /** The About topic's first post, when it was read. */
  about: ObservedPost | null;
}

export interface ObservedTopic {
  id: number;
  /** The sync's identity of the topic: its external_id, or the key in its marker. */
  externalId: string | null;
  markerKey: string | null;
  categoryId: number;
  title: string;
  status: TopicStatus;
  firstPost: ObservedPost;
}

export interface ObservedState {
  /** Names of the forum's groups. */
  groups: string[];
  categories: ObservedCategory[];
  topics: ObservedTopic[];
}

export type Action = 'create' | 'update' | 'unchanged' | 'conflict' | 'orphaned';

/** One field that differs. Long text shows as a line count rather than the whole body. */
export interface Change {
  field: string;
  from?: string | number | boolean | null;
  to?: string | number | boolean | null;
  detail?: string;
}

export type ItemKind = 'group' | 'category' | 'welcome' | 'event';

export interface PlanItem {
  kind: ItemKind;
  key: string;
  file: string | null;
  /** Human label: the category name or topic title. */
  label: string;
  action: Action;
  changes: Change[];
  /** Why the item is a conflict or orphan, in Japanese. */
  note?: string;
  desired?: DesiredGroup | DesiredCategory | DesiredTopic;
  observedCategory?: ObservedCategory;
  observedTopic?: ObservedTopic;
}
