import { z } from 'astro/zod';
import type { Permissions } from '../core/types.ts';

/**
 * What Discourse answers on the endpoints the sync uses: the fields it reads, by Discourse's names. Every answer
 * is checked against its shape on arrival (./http/answers.ts), so an answer of another shape is one plain error
 * naming the field, never a wrong value further on.
 */

const siteCategory = z.object({
  id: z.number(),
  name: z.string(),
  slug: z.string(),
  color: z.string(),
  text_color: z.string(),
  position: z.number(),
  parent_category_id: z.number().nullish(),
  read_restricted: z.boolean(),
  topic_url: z.string().nullable(),
});
export type SiteCategory = z.infer<typeof siteCategory>;

export const siteInventory = z.object({
  categories: z.array(siteCategory),
  /** Absent on servers that do not list groups here. */
  groups: z.array(z.object({ id: z.number(), name: z.string() })).optional(),
});

export const shownGroup = z.object({ group: z.object({ id: z.number(), name: z.string() }) });

const siteSetting = z.object({ setting: z.string(), value: z.unknown().optional() });
export type SiteSetting = z.infer<typeof siteSetting>;
export const siteSettings = z.object({ site_settings: z.array(siteSetting) });

export const postJson = z.object({
  id: z.number(),
  topic_id: z.number(),
  post_number: z.number(),
  version: z.number(),
  /** Only where Discourse adds it: single posts, include_raw topic views, the latest posts. */
  raw: z.string().optional(),
});
export type PostJson = z.infer<typeof postJson>;

export const latestPosts = z.object({ latest_posts: z.array(postJson).optional() });

export const topicView = z.object({
  id: z.number(),
  title: z.string(),
  category_id: z.number(),
  external_id: z.string().nullish(),
  closed: z.boolean(),
  visible: z.boolean(),
  pinned_at: z.string().nullish(),
  pinned_until: z.string().nullish(),
  pinned: z.boolean().optional(),
  post_stream: z.object({ posts: z.array(postJson).optional() }).optional(),
});
export type TopicViewJson = z.infer<typeof topicView>;

/** A topic as Discourse lists it (TopicListItemSerializer): its status, but no external_id and no text. */
const listedTopic = z.object({
  id: z.number(),
  title: z.string(),
  category_id: z.number(),
  pinned: z.boolean(),
  closed: z.boolean(),
  visible: z.boolean(),
});
export type ListedTopic = z.infer<typeof listedTopic>;

export const topicList = z.object({
  topic_list: z.object({ topics: z.array(listedTopic), more_topics_url: z.string().nullish() }),
});

const permissionType = z.union([z.literal(1), z.literal(2), z.literal(3)]);

const categoryJson = z.object({
  id: z.number(),
  /** CategorySerializer only (show, find with include_permissions). */
  group_permissions: z.array(z.object({ group_name: z.string(), permission_type: permissionType })).optional(),
});
export type CategoryJson = z.infer<typeof categoryJson>;

export const oneCategory = z.object({ category: categoryJson });
export const foundCategories = z.object({ categories: z.array(categoryJson).optional() });
export const createdCategory = z.object({ category: siteCategory });

/** The answer to a new topic: its first post. */
export const createdPost = z.object({ id: z.number(), topic_id: z.number() });

export interface NewCategory {
  name: string;
  slug: string;
  color: string;
  text_color: string;
  position: number;
  permissions: Permissions;
  parent_category_id?: number;
}
