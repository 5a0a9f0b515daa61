import type { Permissions } from '../core/types.ts';

/** What Discourse answers on the endpoints the sync uses: the fields it reads, by Discourse's names. */

export interface SiteCategory {
  id: number;
  name: string;
  slug: string;
  color: string;
  text_color: string;
  position: number;
  parent_category_id?: number | null;
  read_restricted: boolean;
  topic_url: string | null;
}

export interface SiteInventory {
  categories: SiteCategory[];
  /** Absent on servers that do not list groups here. */
  groups?: { name: string }[];
}

export interface PostJson {
  id: number;
  topic_id: number;
  post_number: number;
  version: number;
  /** Only where Discourse adds it: single posts, include_raw topic views, the latest posts. */
  raw?: string;
}

export interface TopicViewJson {
  id: number;
  title: string;
  category_id: number;
  external_id?: string | null;
  closed: boolean;
  visible: boolean;
  pinned_at?: string | null;
  pinned_until?: string | null;
  pinned?: boolean;
  post_stream?: { posts?: PostJson[] };
}

/** A topic as Discourse lists it (TopicListItemSerializer): its status, but no external_id and no text. */
export interface ListedTopic {
  id: number;
  title: string;
  category_id: number;
  pinned: boolean;
  closed: boolean;
  visible: boolean;
}

export interface CategoryJson {
  id: number;
  /** CategorySerializer only (show, find with include_permissions). */
  group_permissions?: { group_name: string; permission_type: Permissions[string] }[];
}

export interface NewCategory {
  name: string;
  slug: string;
  color: string;
  text_color: string;
  position: number;
  permissions: Permissions;
  parent_category_id?: number;
}
