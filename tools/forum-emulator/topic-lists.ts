import type { Reply } from './errors.ts';
import { invalidParameters, notFound } from './errors.ts';
import type { Forum, RequestContext } from './forum.ts';
import { isStaff } from './forum.ts';
import { stripHtml } from './cook.ts';
import { canSeeCategory } from './serialize-category.ts';
import { isPinned, userJson } from './serialize.ts';
import type { Topic, User } from './records-types.ts';

/** TopicQuery::DEFAULT_PER_PAGE_COUNT: topic lists come 30 to a page; per_page is not a public option. */
const topicsPerPage = 30;
/** topic_excerpt_maxlength. */
const excerptLength = 220;

/** TopicQuery::SORTABLE_MAPPING, for the orders the emulator keeps (anything else is the default: bumped_at). */
const sortColumns: Record<string, 'created_at' | 'bumped_at'> = { created: 'created_at', activity: 'bumped_at' };

/** The first post's text as Topic#excerpt holds it: cooked, without markup, cut at topic_excerpt_maxlength. */
function excerpt(forum: Forum, topic: Topic): string | null {
  const first = forum.store.firstPost(topic);
  if (!first) return null;
  const text = stripHtml(first.cooked).replace(/\s+/g, ' ').trim();
  return [...text].length > excerptLength ? `${[...text].slice(0, excerptLength).join('')}…` : text;
}

/**
 * TopicListItemSerializer (ListableTopicSerializer and BasicTopicSerializer). Per-user fields come from the
 * viewer's topic_users row, which the emulator keeps only implicitly: the author of a topic has read and is
 * watching it; anyone else has no row, so those fields are null or absent.
 */
function topicListItemJson(forum: Forum, topic: Topic, viewer: User | null) {
  const pinned = isPinned(topic, forum.clock.now());
  const author = forum.store.users.get(topic.user_id);
  const userData = viewer !== null && viewer.id === topic.user_id;
  const livePosts = topic.post_ids.filter((id) => forum.store.posts.get(id)?.deleted_at === null).length;
  return {
    id: topic.id,
    title: topic.title,
    fancy_title: topic.title,
    slug: topic.slug,
    posts_count: livePosts,
    reply_count: 0,
    highest_post_number: topic.highest_post_number,
    image_url: null,
    created_at: topic.created_at,
    last_posted_at: topic.bumped_at,
    bumped: topic.created_at < topic.bumped_at,
    bumped_at: topic.bumped_at,
    archetype: topic.archetype,
    unseen: false,
    ...(userData
      ? { last_read_post_number: topic.highest_post_number, unread_posts: 0, new_posts: 0, notification_level: 3 }
      : {}),
    pinned,
    unpinned: null,
    // ListableTopicSerializer#include_excerpt? is `pinned`.
    ...(pinned ? { excerpt: excerpt(forum, topic) } : {}),
    visible: topic.visible,
    closed: topic.closed,
    archived: topic.archived,
    bookmarked: userData ? false : null,
    liked: userData ? false : null,
    ...(forum.settings.bool('tagging_enabled') ? { tags: topic.tags, tags_descriptions: {} } : {}),
    views: 0,
    like_count: 0,
    has_summary: false,
    last_poster_username: author?.username ?? null,
    category_id: topic.category_id,
    pinned_globally: topic.pinned_globally,
    featured_link: null,
    posters: [
      {
        extras: 'latest single',
        description: 'Original Poster, Most Recent Poster',
        user_id: topic.user_id,
        primary_group_id: null,
        flair_group_id: null,
      },
    ],
  };
}

/**
 * TopicQuery#default_results ordering plus #prioritize_pinned_topics: by bumped_at (or `order=created`), newest
 * first unless `ascending=true`; under the default order the globally pinned topics lead page 0 and later pages
 * skip as many unpinned topics as the pinned ones took. Ties fall back to the id (Postgres leaves them unordered).
 */
function page(forum: Forum, topics: Topic[], query: Record<string, unknown>, pageNumber: number): Topic[] {
  // build_topic_list_options skips blank parameters.
  const order = typeof query['order'] === 'string' && query['order'] !== '' ? query['order'] : undefined;
  const column = (order === undefined ? undefined : sortColumns[order]) ?? 'bumped_at';
  const direction = query['ascending'] === 'true' ? 1 : -1;
  const sorted = topics.toSorted((a, b) => direction * (Date.parse(a[column]) - Date.parse(b[column]) || a.id - b.id));
  const applyPinning = order === undefined || order === 'activity' || order === 'default';
  if (!applyPinning) return sorted.slice(pageNumber * topicsPerPage, (pageNumber + 1) * topicsPerPage);
  const pinned = sorted
    .filter((topic) => topic.pinned_globally && isPinned(topic, forum.clock.now()))
    .toSorted((a, b) => Date.parse(b.pinned_at ?? '') - Date.parse(a.pinned_at ?? ''));
  const unpinned = sorted.filter((topic) => !pinned.includes(topic));
  if (pageNumber === 0) return [...pinned, ...unpinned].slice(0, topicsPerPage);
  const offset = Math.max(0, pageNumber * topicsPerPage - pinned.length);
  return unpinned.slice(offset, offset + topicsPerPage);
}

/** The next page's address as ListController#construct_url_with writes it (Rails sorts the query keys). */
function nextPageUrl(username: string, query: Record<string, unknown>, pageNumber: number): string {
  const params = new URLSearchParams();
  for (const key of ['order', 'ascending'] as const) {
    if (typeof query[key] === 'string' && query[key] !== '') params.set(key, query[key]);
  }
  params.set('page', String(pageNumber + 1));
  params.sort();
  return `/topics/created-by/${encodeURIComponent(username)}?${params.toString()}`;
}

/**
 * GET /topics/created-by/{username}.json (ListController#topics_by, TopicQuery#list_topics_by): every topic the
 * user started, About topics of the categories they created included, 30 a page (`?page=`, from 0). Deleted
 * topics and private messages are left out; unlisted ones are shown to staff and to the user themselves;
 * topics in categories the viewer cannot see are left out. `more_topics_url` is there whenever the page is full.
 */
export function topicsCreatedBy(ctx: RequestContext): Reply {
  const { forum } = ctx;
  const target: User | undefined = forum.store.userByName(ctx.path['username'] ?? '');
  if (!target) throw notFound();
  const rawPage = ctx.query['page'];
  if (rawPage !== undefined && (typeof rawPage !== 'string' || !/^\d+$/.test(rawPage))) throw invalidParameters('page');
  const pageNumber = rawPage === undefined ? 0 : Number(rawPage);
  const seesUnlisted = isStaff(ctx.user) || ctx.user?.id === target.id;
  const topics = [...forum.store.topics.values()].filter((topic) => {
    if (topic.user_id !== target.id || topic.deleted_at !== null || topic.archetype !== 'regular') return false;
    if (!topic.visible && !seesUnlisted) return false;
    const category = topic.category_id === null ? undefined : forum.store.categories.get(topic.category_id);
    return !category || canSeeCategory(ctx.user, category);
  });
  const listed = page(forum, topics, ctx.query, pageNumber);
  const author = userJson(target);
  return {
    status: 200,
    body: {
      users:
        listed.length > 0 && author
          ? [{ ...author, trust_level: target.trust_level, admin: target.admin, moderator: target.moderator }]
          : [],
      primary_groups: [],
      flair_groups: [],
      topic_list: {
        can_create_topic: ctx.user !== null,
        ...(listed.length === topicsPerPage
          ? { more_topics_url: nextPageUrl(target.username, ctx.query, pageNumber) }
          : {}),
        per_page: topicsPerPage,
        ...(forum.settings.bool('tagging_enabled') ? { top_tags: [] } : {}),
        topics: listed.map((topic) => topicListItemJson(forum, topic, ctx.user)),
      },
    },
  };
}
