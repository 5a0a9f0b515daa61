import type { Forum } from './forum.ts';
import { stripHtml } from './cook.ts';
import type { Category, User } from './records-types.ts';

export function canSeeCategory(user: User | null, category: Category): boolean {
  if (user?.admin) return true;
  const groups = Object.keys(category.permissions).map((g) => g.toLowerCase());
  if (groups.includes('everyone')) return true;
  if (!user) return false;
  if (user.moderator && groups.includes('staff')) return true;
  return groups.some((g) => /^trust_level_[0-4]$/.test(g) && Number(g.slice(-1)) <= user.trust_level);
}

function topicUrl(forum: Forum, category: Category): string | null {
  const topic = category.topic_id === null ? undefined : forum.store.topics.get(category.topic_id);
  return topic ? `/t/${topic.slug}/${topic.id}` : null;
}

const readRestricted = (category: Category): boolean =>
  !Object.keys(category.permissions).some((g) => g.toLowerCase() === 'everyone');

/** Per-category topic counts (definition topics excluded) and children, built in one pass per request. */
export interface ListingIndex {
  counts: Map<number, number>;
  children: Map<number | null, Category[]>;
}

export function listingIndex(forum: Forum): ListingIndex {
  const counts = new Map<number, number>();
  for (const topic of forum.store.topics.values()) {
    if (topic.deleted_at !== null || topic.category_id === null) continue;
    if (forum.store.categoryOfDefinitionTopic(topic.id)) continue;
    counts.set(topic.category_id, (counts.get(topic.category_id) ?? 0) + 1);
  }
  const children = new Map<number | null, Category[]>();
  for (const category of forum.store.categories.values()) {
    const siblings = children.get(category.parent_category_id) ?? [];
    siblings.push(category);
    children.set(category.parent_category_id, siblings);
  }
  return { counts, children };
}

/** BasicCategorySerializer (site.json, categories.json). parent_category_id is left out when there is none. */
export function basicCategory(forum: Forum, category: Category, index: ListingIndex, user: User | null) {
  const children = index.children.get(category.id) ?? [];
  const counts = index.counts;
  const text = category.description === null ? null : stripHtml(category.description);
  return {
    id: category.id,
    name: category.name,
    color: category.color,
    text_color: category.text_color,
    slug: category.slug,
    topic_count: counts.get(category.id) ?? 0,
    post_count: counts.get(category.id) ?? 0,
    position: category.position,
    description: category.description,
    description_text: text,
    description_excerpt: text,
    topic_url: topicUrl(forum, category),
    read_restricted: readRestricted(category),
    permission: user?.admin ? 1 : null,
    notification_level: 1,
    topic_template: (category.extras['topic_template'] as string | undefined) ?? null,
    has_children: children.length > 0,
    subcategory_count: children.length || null,
    sort_order: (category.extras['sort_order'] as string | undefined) ?? null,
    sort_ascending: (category.extras['sort_ascending'] as boolean | undefined) ?? null,
    show_subcategory_list: (category.extras['show_subcategory_list'] as boolean | undefined) ?? false,
    num_featured_topics: (category.extras['num_featured_topics'] as number | undefined) ?? 3,
    default_view: (category.extras['default_view'] as string | undefined) ?? null,
    subcategory_list_style:
      (category.extras['subcategory_list_style'] as string | undefined) ?? 'rows_with_featured_topics',
    default_top_period: (category.extras['default_top_period'] as string | undefined) ?? 'all',
    default_list_filter: (category.extras['default_list_filter'] as string | undefined) ?? 'all',
    minimum_required_tags: (category.extras['minimum_required_tags'] as number | undefined) ?? 0,
    navigate_to_first_post_after_read: false,
    allowed_tags: [],
    allowed_tag_groups: [],
    allow_global_tags: false,
    required_tag_groups: [],
    read_only_banner: (category.extras['read_only_banner'] as string | undefined) ?? null,
    form_template_ids: [],
    uploaded_logo: null,
    uploaded_logo_dark: null,
    uploaded_background: null,
    uploaded_background_dark: null,
    can_edit: !!user?.admin,
    ...(category.parent_category_id === null ? {} : { parent_category_id: category.parent_category_id }),
  };
}

/** CategorySerializer (/c/{id}/show.json, create and update answers). */
export function fullCategory(forum: Forum, category: Category, user: User | null) {
  const groupPermissions = Object.entries(category.permissions).map(([groupName, permissionType]) => ({
    permission_type: permissionType,
    group_name: forum.store.groupByName(groupName)?.name ?? groupName,
    group_id: forum.store.groupByName(groupName)?.id ?? null,
  }));
  return {
    ...basicCategory(forum, category, listingIndex(forum), user),
    group_permissions: groupPermissions,
    available_groups: [...forum.store.groups.values()]
      .map((g) => g.name)
      .filter((name) => !(name in category.permissions)),
    auto_close_hours: null,
    auto_close_based_on_last_post: false,
    allow_unlimited_owner_edits_on_first_post: false,
    default_slow_mode_seconds: null,
    email_in: null,
    email_in_allow_strangers: false,
    mailinglist_mirror: false,
    all_topics_wiki: false,
    can_delete: false,
    cannot_delete_reason: 'Can’t delete this category because it has topics.',
    allow_badges: true,
    topic_featured_link_allowed: true,
    search_priority: (category.extras['search_priority'] as number | undefined) ?? 0,
    custom_fields: (category.extras['custom_fields'] as Record<string, unknown> | undefined) ?? {},
    category_setting: {
      auto_bump_cooldown_days: 1,
      num_auto_bump_daily: null,
      require_reply_approval: false,
      require_topic_approval: false,
    },
  };
}
