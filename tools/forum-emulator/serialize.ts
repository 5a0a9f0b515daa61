import type { Forum } from './forum.ts';
import { isStaff } from './forum.ts';
import { canSeeCategory } from './serialize-category.ts';
import type { Group, Post, Topic, User } from './records-types.ts';

const avatar = (user: User | undefined): string =>
  `/letter_avatar_proxy/v4/letter/${(user?.username ?? 'x').charAt(0).toLowerCase()}/8e7dd6/{size}.png`;

export function canSeeTopic(forum: Forum, user: User | null, topic: Topic): boolean {
  if (topic.deleted_at !== null && !isStaff(user)) return false;
  if (!topic.visible && !isStaff(user)) return false;
  const category = topic.category_id === null ? undefined : forum.store.categories.get(topic.category_id);
  return !category || canSeeCategory(user, category);
}

function eventJson(post: Post) {
  if (!post.event) return {};
  const { options: _options, ...event } = post.event;
  return {
    event: { id: post.id, ...event, post: { id: post.id, post_number: post.post_number, topic_id: post.topic_id } },
  };
}

/** PostSerializer; `raw` only where Discourse adds it (single-post answers). */
export function postJson(forum: Forum, post: Post, viewer: User | null, addRaw: boolean) {
  const author = forum.store.users.get(post.user_id);
  const topic = forum.store.topics.get(post.topic_id);
  return {
    id: post.id,
    name: author?.name ?? null,
    username: author?.username ?? null,
    avatar_template: avatar(author),
    created_at: post.created_at,
    cooked: post.cooked,
    post_number: post.post_number,
    post_type: post.post_type,
    updated_at: post.updated_at,
    reply_count: 0,
    reply_to_post_number: post.reply_to_post_number,
    quote_count: 0,
    incoming_link_count: 0,
    reads: 1,
    readers_count: 0,
    score: 0,
    yours: viewer?.id === post.user_id,
    topic_id: post.topic_id,
    topic_slug: topic?.slug ?? null,
    display_username: author?.name ?? null,
    primary_group_name: null,
    flair_name: null,
    version: post.version,
    can_edit: !!viewer && (viewer.admin || viewer.id === post.user_id),
    can_delete: !!viewer?.admin,
    can_recover: !!viewer?.admin,
    can_wiki: !!viewer?.admin,
    user_title: null,
    bookmarked: false,
    ...(addRaw ? { raw: post.raw } : {}),
    actions_summary: [],
    moderator: !!author?.moderator,
    admin: !!author?.admin,
    staff: !!author && (author.admin || author.moderator),
    user_id: post.user_id,
    hidden: false,
    trust_level: author?.trust_level ?? 0,
    deleted_at: post.deleted_at,
    user_deleted: false,
    edit_reason: post.edit_reason,
    can_view_edit_history: true,
    wiki: false,
    ...(post.action_code ? { action_code: post.action_code } : {}),
    ...eventJson(post),
  };
}

export const isPinned = (topic: Topic, now: number): boolean =>
  topic.pinned_at !== null && (topic.pinned_until === null || Date.parse(topic.pinned_until) > now);

/** TopicViewSerializer (GET /t/{id}.json); `includeRaw` puts each post's raw text in the post stream. */
export function topicViewJson(forum: Forum, topic: Topic, viewer: User | null, includeRaw = false) {
  const posts = topic.post_ids
    .map((id) => forum.store.posts.get(id))
    .filter((p): p is Post => !!p && (p.deleted_at === null || isStaff(viewer) || p.post_number === 1));
  const author = forum.store.users.get(topic.user_id);
  const now = forum.clock.now();
  return {
    post_stream: {
      posts: posts.slice(0, 20).map((p) => postJson(forum, p, viewer, includeRaw)),
      stream: posts.map((p) => p.id),
    },
    timeline_lookup: [],
    tags: topic.tags,
    tags_descriptions: {},
    id: topic.id,
    title: topic.title,
    fancy_title: topic.title,
    posts_count: posts.length,
    created_at: topic.created_at,
    views: 0,
    reply_count: 0,
    like_count: 0,
    last_posted_at: topic.bumped_at,
    visible: topic.visible,
    closed: topic.closed,
    archived: topic.archived,
    has_summary: false,
    archetype: topic.archetype,
    slug: topic.slug,
    category_id: topic.category_id,
    word_count: null,
    deleted_at: topic.deleted_at,
    user_id: topic.user_id,
    featured_link: null,
    pinned_globally: topic.pinned_globally,
    pinned_at: topic.pinned_at,
    pinned_until: topic.pinned_until,
    pinned: isPinned(topic, now),
    unpinned: null,
    external_id: topic.external_id,
    highest_post_number: topic.highest_post_number,
    deleted_by: topic.deleted_by_id === null ? null : userJson(forum.store.users.get(topic.deleted_by_id)),
    bookmarked: false,
    draft_sequence: 0,
    chunk_size: 20,
    details: {
      can_edit: !!viewer && (viewer.admin || viewer.id === topic.user_id),
      created_by: userJson(author),
      last_poster: userJson(author),
      notification_level: 1,
    },
  };
}

export const basicTopicJson = (topic: Topic) => ({
  id: topic.id,
  title: topic.title,
  fancy_title: topic.title,
  slug: topic.slug,
  posts_count: topic.post_ids.length,
});

export function userJson(user: User | undefined) {
  if (!user) return null;
  return { id: user.id, username: user.username, name: user.name, avatar_template: avatar(user) };
}

export function groupJson(group: Group) {
  return {
    id: group.id,
    automatic: group.automatic,
    name: group.name,
    user_count: group.usernames.length,
    mentionable_level: group.mentionable_level,
    messageable_level: group.messageable_level,
    visibility_level: group.visibility_level,
    primary_group: group.primary_group,
    title: group.title,
    grant_trust_level: null,
    incoming_email: null,
    has_messages: false,
    flair_url: null,
    flair_bg_color: null,
    flair_color: null,
    bio_raw: group.bio_raw,
    bio_cooked: group.bio_raw ? `<p>${group.bio_raw}</p>` : null,
    bio_excerpt: group.bio_raw || null,
    public_admission: group.public_admission,
    public_exit: group.public_exit,
    allow_membership_requests: group.allow_membership_requests,
    full_name: group.full_name,
    default_notification_level: group.default_notification_level,
    membership_request_template: null,
    members_visibility_level: group.members_visibility_level,
    can_see_members: true,
    can_admin_group: true,
    publish_read_state: false,
  };
}
