import type { DiscourseApi } from '../discourse/api.ts';
import type { CategoryRef } from '../core/match.ts';
import type { CategoryItem, GroupItem, ObservedTopic, Origin, TopicItem } from '../core/types.ts';

export interface ApplyContext {
  api: DiscourseApi;
  /** Every desired category found on the forum or created so far, by key. */
  categories: Map<string, CategoryRef>;
  /** The content revision every marker written notes (../core/revision.ts). */
  revision: string;
  /** --recreate-deleted: a managed topic a moderator deleted is made again, under a fresh external_id. */
  recreateDeleted: boolean;
}

/** The plan items each write carries out. A conflict still applies every change it does not keep. */
export type NewGroup = Extract<GroupItem, { action: 'create' }>;
export type RenamedGroup = Extract<GroupItem, { action: 'update' }>;
export type NewCategory = Extract<CategoryItem, { action: 'create' }>;
export type ChangedCategory = Extract<CategoryItem, { action: 'update' | 'conflict' }>;
export type NewTopic = Extract<TopicItem, { action: 'create' }>;
export type ChangedTopic = Extract<TopicItem, { action: 'update' | 'conflict'; observed: ObservedTopic }>;

/** The reason every managed edit of the text carries in the post's history. */
export const editReason = 'ひろばのサイトの内容に合わせて更新';

/** A failure of one item, said for staff and pointing at the content field to fix when there is one. */
export class ItemFailure extends Error {
  readonly origin: Origin | null;
  constructor(message: string, origin: Origin | null = null) {
    super(message);
    this.name = 'ItemFailure';
    this.origin = origin;
  }
}

/** How often a create whose outcome was unclear is looked up and tried again before the item fails. */
export const maxCreateAttempts = 3;
