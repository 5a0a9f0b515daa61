/** The records of the emulated forum, as stored in memory and in the state file. */
export interface User {
  id: number;
  username: string;
  name: string;
  admin: boolean;
  moderator: boolean;
  trust_level: number;
}

export interface Category {
  id: number;
  name: string;
  slug: string;
  color: string;
  text_color: string;
  parent_category_id: number | null;
  position: number;
  /** Group name → 1 full, 2 create_post, 3 readonly. */
  permissions: Record<string, number>;
  topic_id: number | null;
  description: string | null;
  created_at: string;
  updated_at: string;
  /** Other permitted parameters (sort_order, topic_template, …), stored and echoed back. */
  extras: Record<string, unknown>;
}

export interface Topic {
  id: number;
  title: string;
  slug: string;
  category_id: number | null;
  user_id: number;
  external_id: string | null;
  archetype: 'regular';
  closed: boolean;
  archived: boolean;
  visible: boolean;
  pinned_at: string | null;
  pinned_globally: boolean;
  pinned_until: string | null;
  deleted_at: string | null;
  deleted_by_id: number | null;
  created_at: string;
  updated_at: string;
  bumped_at: string;
  tags: string[];
  post_ids: number[];
  highest_post_number: number;
}

export interface Revision {
  number: number;
  user_id: number;
  created_at: string;
  edit_reason: string | null;
  modifications: {
    raw?: [string, string];
    title?: [string, string];
    category_id?: [number | null, number | null];
  };
}

export interface PostEvent {
  name: string | null;
  starts_at: string;
  ends_at: string | null;
  timezone: string;
  status: string;
  url: string | null;
  location: string | null;
  recurrence: string | null;
  options: Record<string, string>;
}

export interface Post {
  id: number;
  topic_id: number;
  post_number: number;
  user_id: number;
  /** 1 regular, 3 small_action (status changes). */
  post_type: 1 | 3;
  action_code: string | null;
  raw: string;
  cooked: string;
  version: number;
  created_at: string;
  updated_at: string;
  last_version_at: string;
  last_editor_id: number;
  edit_reason: string | null;
  deleted_at: string | null;
  reply_to_post_number: number | null;
  event: PostEvent | null;
  revisions: Revision[];
}

export interface Group {
  id: number;
  name: string;
  full_name: string | null;
  automatic: boolean;
  visibility_level: number;
  members_visibility_level: number;
  mentionable_level: number;
  messageable_level: number;
  public_admission: boolean;
  public_exit: boolean;
  allow_membership_requests: boolean;
  primary_group: boolean;
  title: string | null;
  bio_raw: string;
  default_notification_level: number;
  usernames: string[];
  created_at: string;
}

export interface StoreData {
  nextIds: { user: number; category: number; topic: number; post: number; group: number };
  users: User[];
  categories: Category[];
  topics: Topic[];
  posts: Post[];
  groups: Group[];
}
