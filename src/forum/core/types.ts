import type { Place, Problem } from '../../lib/problem.ts';
import type { Entry } from '../../model/entry.ts';
import type { EventEntry, Room } from '../../schemas/index.ts';
import type { ForumSettings } from './settings.ts';

/**
 * The shapes the forum sync passes between its steps: what the content wants (desired), what the forum has
 * (observed), and what to do about the difference (plan).
 */

/** Discourse category permissions: group name → 1 full, 2 create posts, 3 read only. `everyone` makes it public. */
export type Permissions = Record<string, 1 | 2 | 3>;

/** Something that stops items before anything is written, and the keys of the items it stops. */
export interface ItemProblem {
  problem: Problem;
  keys: readonly string[];
}

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
  /**
   * What readers act on, in words: for an announcement whether the event takes place, when and where; for a
   * welcome who may read the room. When it changes, the content's text replaces even a moderator's edit, so the
   * post never promises what the forum contradicts.
   */
  facts: string;
  /** Groups the post names (a members-only event's calendar block): it is only written once they exist. */
  groups: string[];
  origins: Record<'title' | 'raw' | 'externalId' | 'category', Origin>;
}

/** A forum group that gives a members-only room its readers; the sync only makes sure it exists. */
export interface DesiredGroup {
  /** `group:<name>`. */
  key: string;
  name: string;
  /** Shown on the forum's group page: the room's name. */
  fullName: string;
  /** Key of the room category whose name it shows. */
  categoryKey: string;
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

export interface ObservedGroup {
  id: number;
  name: string;
}

export interface ObservedState {
  groups: ObservedGroup[];
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
  /** The moment of the run: a pin noted until a moment that has passed is no pin. */
  now: Date;
}

export type Action = 'create' | 'update' | 'unchanged' | 'conflict' | 'orphaned';

export type ItemKind = 'group' | 'category' | 'welcome' | 'event';
export type TopicKind = DesiredTopic['kind'];

/** The fields a plan item can change, by the names the plan shows. */
type GroupField = 'name' | 'membership' | 'full_name';
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

/** What the sync notes in a topic's marker of the fields a moderator may change by hand (./record.ts). */
export interface TopicRecord {
  /** Digest of the title. */
  title: string;
  /** `0`, `1` (until unpinned) or the ISO moment Discourse unpins it. */
  pin: string;
  closed: boolean;
  listed: boolean;
  /** Digest of the facts the post promises (DesiredTopic.facts). */
  facts: string;
}

/** What the sync notes in a category's About post. */
export interface CategoryRecord {
  /** Digest of the name. */
  name: string;
  slug: string;
  /** Digest of who may read it. */
  facts: string;
}

/** A field a person changed on the forum that the sync leaves as they left it. */
export interface Kept {
  field: 'title' | 'body' | 'name' | 'description' | 'pinned' | 'closed' | 'visible' | 'topic';
  /** What the forum holds instead, when it is short enough to show (a title, a name). */
  forum: string | null;
  /** The forum page to look at, relative to the forum's address; null for a topic that was deleted. */
  path: string | null;
}

interface Item<Kind extends ItemKind, ItemChange extends Change> {
  kind: Kind;
  key: string;
  /** Human label: the category name or topic title. */
  label: string;
  changes: ItemChange[];
  /** Why the item is what it is, in Japanese: an orphan, an edit overwritten, a change on the forum undone. */
  notes: string[];
  /** What applying means for people, to read first: past posts becoming public, addresses that stop working. */
  warnings: string[];
  /** What people changed on the forum that stays as they left it. An item keeping anything is a conflict. */
  kept: Kept[];
  /** Keys of the items this one waits for: when one of them is not applied, neither is this one. */
  needs: string[];
}

/**
 * Something the content wants: made when the forum lacks it, else compared with what the forum holds. A conflict
 * keeps what people changed by hand (`kept`) and still applies every other change. `record` is what the sync
 * notes in the item's marker once it is applied (./record.ts).
 */
type Wanted<Kind extends ItemKind, ItemChange extends Change, Desired, Observed, Noted> = Item<Kind, ItemChange> & {
  file: string;
  desired: Desired;
  record: Noted;
} & (
    | { action: 'create' }
    | Compared<'update', Observed>
    | Compared<'unchanged', Observed>
    | Compared<'conflict', Observed>
  );
type Compared<Verdict extends Action, Observed> = { action: Verdict; observed: Observed };

/** Something the sync once made that the content no longer has. */
type Orphan<Kind extends ItemKind, ItemChange extends Change, Observed> = Item<Kind, ItemChange> & {
  file: null;
  action: 'orphaned';
  observed: Observed;
};

/** Groups are made sure to exist, and to show their room's name. */
export type GroupItem = Item<'group', Change<GroupField>> & { file: string; desired: DesiredGroup } & (
    { action: 'create' } | { action: 'unchanged' } | { action: 'update'; observed: ObservedGroup }
  );
export type CategoryItem = Wanted<'category', Change<CategoryField>, DesiredCategory, ObservedCategory, CategoryRecord>;
/** A managed topic a moderator deleted: its external_id stays taken on the forum, so it is left deleted. */
export type DeletedTopic = Item<TopicKind, never> & {
  file: string;
  desired: DesiredTopic;
  action: 'conflict';
  observed: null;
};
export type TopicItem = Wanted<TopicKind, TopicChange, DesiredTopic, ObservedTopic, TopicRecord> | DeletedTopic;
/** Never touched: the plan only reports it. */
export type OrphanedCategory = Orphan<'category', never, ObservedCategory>;
/** Closed (an announcement always, anything with --prune); `record` is noted afterwards, when the marker has one. */
export type OrphanedTopic = Orphan<TopicKind, StatusChange, ObservedTopic> & { record: TopicRecord | null };

export type PlanItem = GroupItem | CategoryItem | TopicItem | OrphanedCategory | OrphanedTopic;

/** What the report shows of an item, whatever its kind. */
export type ItemSummary = Pick<
  PlanItem,
  'kind' | 'key' | 'file' | 'label' | 'action' | 'changes' | 'notes' | 'warnings' | 'kept'
>;

/**
 * What a create found already on the forum instead of making it: an earlier attempt whose answer was lost did
 * land, or the item appeared since the forum was read. It is planned afresh against what the forum holds.
 */
export type Found =
  | { kind: 'category'; desired: DesiredCategory; observed: ObservedCategory }
  | { kind: 'topic'; desired: DesiredTopic; observed: ObservedTopic }
  /** The external_id is taken by a topic nobody can see any more: a moderator deleted it. */
  | { kind: 'deleted'; desired: DesiredTopic };
