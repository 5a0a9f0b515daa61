import type { Place } from '../../lib/problem.ts';
import type { Entry } from '../../model/entry.ts';
import type { EventEntry, Room } from '../../schemas/index.ts';
import type { ForumSettings } from './settings.ts';

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
  /** What the content holds that has no place on the forum: rooms without a forum channel, their events. */
  offForum: { rooms: Entry<Room>[]; events: Entry<EventEntry>[] };
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

/** `--only rooms` (groups, categories, welcome topics) or `--only events`. */
export type Only = 'rooms' | 'events';

export interface PlanOptions {
  /** Overwrite posts people edited on the forum. */
  force: boolean;
  /** Close and unlist topics whose content is gone. */
  prune: boolean;
  only: Only | null;
  settings: ForumSettings;
}

export type Action = 'create' | 'update' | 'unchanged' | 'conflict' | 'orphaned';

export type ItemKind = 'group' | 'category' | 'welcome' | 'event';
export type TopicKind = DesiredTopic['kind'];

/** The fields a plan item can change, by the names the plan shows. */
type GroupField = 'name' | 'membership';
export type CategoryField =
  'name' | 'slug' | 'parent' | 'color' | 'text_color' | 'position' | 'permissions' | 'description';
type TopicField = 'title' | 'category' | 'body' | StatusChange['field'];
type ChangeField = GroupField | CategoryField | TopicField;

type Value = string | number | boolean | null;

/** One field that differs. Long text shows as a line count rather than the whole body. */
export interface Change<Field extends ChangeField = ChangeField> {
  field: Field;
  from?: Value;
  to?: Value;
  detail?: string;
}

/**
 * A topic status that differs, carrying the value to set: applying one writes exactly what the plan shows.
 * A pin is `true` (until unpinned), the ISO moment Discourse unpins it by itself, or `false`.
 */
export type StatusChange =
  | { field: 'pinned'; from: boolean | string; to: boolean | string }
  | { field: 'closed' | 'visible'; from: boolean; to: boolean };

export type TopicChange = Change<'title' | 'category' | 'body'> | StatusChange;

interface Item<Kind extends ItemKind, ItemChange extends Change> {
  kind: Kind;
  key: string;
  /** Human label: the category name or topic title. */
  label: string;
  changes: ItemChange[];
  /** Why the item is a conflict or orphan, or why an edit is overwritten, in Japanese. */
  note?: string;
}

/** Something the content wants: made when the forum lacks it, else compared with what the forum holds. */
type Wanted<Kind extends ItemKind, ItemChange extends Change, Desired, Observed> = Item<Kind, ItemChange> & {
  file: string;
  desired: Desired;
} & (
    | { action: 'create' }
    | Compared<'update', Observed>
    | Compared<'unchanged', Observed>
    | Compared<'conflict', Observed>
  );
type Compared<Verdict extends Action, Observed> = { action: Verdict; observed: Observed };

/** Something the sync once made that the content no longer has: a topic is closed with --prune, a category never touched. */
type Orphan<Kind extends ItemKind, ItemChange extends Change, Observed> = Item<Kind, ItemChange> & {
  file: null;
  action: 'orphaned';
  note: string;
  observed: Observed;
};

/** Groups are only made sure to exist. */
export type GroupItem = Item<'group', Change<GroupField>> & { file: string; desired: DesiredGroup } & (
    { action: 'create' } | { action: 'unchanged' }
  );
export type CategoryItem = Wanted<'category', Change<CategoryField>, DesiredCategory, ObservedCategory>;
export type TopicItem = Wanted<TopicKind, TopicChange, DesiredTopic, ObservedTopic>;
export type OrphanedCategory = Orphan<'category', never, ObservedCategory>;
export type OrphanedTopic = Orphan<TopicKind, StatusChange, ObservedTopic>;

export type PlanItem = GroupItem | CategoryItem | TopicItem | OrphanedCategory | OrphanedTopic;

/** What the report shows of an item, whatever its kind. */
export type ItemSummary = Pick<PlanItem, 'kind' | 'key' | 'file' | 'label' | 'action' | 'changes' | 'note'>;

/**
 * What a create found already on the forum instead of making it: an earlier attempt whose answer was lost did
 * land, or the item appeared since the forum was read. It is planned afresh against what the forum holds.
 */
export type Found =
  | { kind: 'category'; desired: DesiredCategory; observed: ObservedCategory }
  | { kind: 'topic'; desired: DesiredTopic; observed: ObservedTopic };
