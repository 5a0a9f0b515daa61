import type { CategoryJson, PostJson, SiteCategory, TopicViewJson } from './api-shapes.ts';
import type { ObservedCategory, ObservedPost, Permissions, TopicStatus } from '../core/types.ts';

/** How Discourse's answers (./api-shapes.ts) become what the sync observes (../core/types.ts). */

export interface TopicView {
  id: number;
  title: string;
  categoryId: number;
  externalId: string | null;
  status: TopicStatus;
  /** The first post with its raw text, when the forum sent it (include_raw). */
  firstPost: ObservedPost | null;
}

export const observedPost = (post: PostJson): ObservedPost => ({
  id: post.id,
  raw: post.raw ?? '',
  version: post.version,
});

/** A category as /site.json lists it; who may read it is asked separately (./observe.ts). */
export function observedCategory(category: SiteCategory): ObservedCategory {
  const aboutTopic = category.topic_url ? /\/(\d+)\/?$/.exec(category.topic_url)?.[1] : undefined;
  return {
    id: category.id,
    name: category.name,
    slug: category.slug,
    color: category.color,
    textColor: category.text_color,
    position: category.position,
    parentId: category.parent_category_id ?? null,
    permissions: null,
    readRestricted: category.read_restricted,
    aboutTopicId: aboutTopic ? Number(aboutTopic) : null,
    about: null,
  };
}

export const permissionsFrom = (entries: NonNullable<CategoryJson['group_permissions']>): Permissions =>
  Object.fromEntries(entries.map((entry) => [entry.group_name, entry.permission_type]));

export function topicViewFrom(body: TopicViewJson): TopicView {
  const first = body.post_stream?.posts?.find((post) => post.post_number === 1);
  // `pinned` already accounts for a passed `pinned_until`; older answers only carry `pinned_at`.
  const pinned = typeof body.pinned === 'boolean' ? body.pinned : body.pinned_at != null;
  return {
    id: body.id,
    title: body.title,
    categoryId: body.category_id,
    externalId: body.external_id ?? null,
    status: {
      pinned,
      pinnedUntil: pinned ? (body.pinned_until ?? null) : null,
      closed: body.closed,
      visible: body.visible,
    },
    firstPost: first && typeof first.raw === 'string' ? observedPost(first) : null,
  };
}
