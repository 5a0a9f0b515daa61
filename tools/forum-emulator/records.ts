import { cook } from './cook.ts';
import type { Forum } from './forum.ts';
import { slugMethod } from './forum.ts';
import { topicSlug } from './slug.ts';
import type { Post, PostEvent, Topic, User } from './records-types.ts';

/** Low-level creation of topics and posts, after every validation has passed. */
export interface NewTopic {
  title: string;
  raw: string;
  categoryId: number | null;
  user: User;
  externalId?: string | null;
  visible?: boolean;
  tags?: string[];
  createdAt?: string;
  pinned?: boolean;
  event?: PostEvent | null;
}

export function insertTopic(forum: Forum, input: NewTopic): { topic: Topic; post: Post } {
  const now = input.createdAt ?? forum.clock.iso();
  const topic = forum.store.addTopic({
    id: forum.store.take('topic'),
    title: input.title,
    slug: topicSlug(input.title, slugMethod(forum)),
    category_id: input.categoryId,
    user_id: input.user.id,
    external_id: input.externalId ?? null,
    archetype: 'regular',
    closed: false,
    archived: false,
    visible: input.visible ?? true,
    pinned_at: input.pinned ? now : null,
    pinned_globally: false,
    pinned_until: null,
    deleted_at: null,
    deleted_by_id: null,
    created_at: now,
    updated_at: now,
    bumped_at: now,
    tags: input.tags ?? [],
    post_ids: [],
    highest_post_number: 0,
  });
  const post = insertPost(forum, topic, input.user, input.raw, { createdAt: now, event: input.event ?? null });
  return { topic, post };
}

export function insertPost(
  forum: Forum,
  topic: Topic,
  user: User,
  raw: string,
  options: { createdAt?: string; event?: PostEvent | null; actionCode?: string; replyTo?: number | null } = {},
): Post {
  const now = options.createdAt ?? forum.clock.iso();
  topic.highest_post_number += 1;
  const post = forum.store.addPost({
    id: forum.store.take('post'),
    topic_id: topic.id,
    post_number: topic.highest_post_number,
    user_id: user.id,
    post_type: options.actionCode ? 3 : 1,
    action_code: options.actionCode ?? null,
    raw,
    cooked: cook(raw),
    version: 1,
    created_at: now,
    updated_at: now,
    last_version_at: now,
    last_editor_id: user.id,
    edit_reason: null,
    deleted_at: null,
    reply_to_post_number: options.replyTo ?? null,
    event: options.event ?? null,
    revisions: [],
  });
  topic.post_ids.push(post.id);
  if (!options.actionCode) topic.bumped_at = now;
  topic.updated_at = now;
  return post;
}

/** Renames a topic and keeps the title index and the slug in step. */
export function renameTopic(forum: Forum, topic: Topic, title: string): void {
  if (topic.deleted_at === null) forum.store.unindexTitle(topic);
  topic.title = title;
  topic.slug = topicSlug(title, slugMethod(forum));
  if (topic.deleted_at === null) forum.store.indexTitle(topic);
}
