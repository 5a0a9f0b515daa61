import type { Reply } from './errors.ts';
import type { RequestContext } from './forum.ts';
import { asInt } from './forum.ts';
import { stripHtml } from './cook.ts';
import { canSeeCategory } from './serialize-category.ts';
import { postJson } from './serialize.ts';
import type { Post } from './records-types.ts';

/** LatestPostsQuery::PAGE_SIZE. */
const latestPostsPageSize = 50;
/** post_excerpt_maxlength. */
const excerptLength = 300;

/**
 * GET /posts.json (PostsController#latest with LatestPostsQuery#public_posts): the newest 50 regular posts the
 * caller may see, newest id first, each with `raw` (add_raw), an excerpt and its topic's title and category
 * (add_title). `before` pages back: only ids lower than it. Left out: small-action posts, deleted posts and
 * topics, unlisted topics (Post.visible joins topics.visible = true), private messages and categories the
 * caller cannot see. Anonymous callers are answered too (the action does not require a login).
 */
export function latestPosts(ctx: RequestContext): Reply {
  const { forum } = ctx;
  const before = asInt(ctx.query['before']);
  const listed: Post[] = [];
  // Post ids only grow, so walking down from the newest id visits posts in the query's order.
  const start =
    before !== null && before > 0 ? Math.min(before, forum.store.nextIds.post) - 1 : forum.store.nextIds.post - 1;
  for (let id = start; id > 0 && listed.length < latestPostsPageSize; id--) {
    const post = forum.store.posts.get(id);
    if (!post || post.post_type !== 1 || post.deleted_at !== null) continue;
    const topic = forum.store.topics.get(post.topic_id);
    if (!topic || topic.deleted_at !== null || !topic.visible || topic.archetype !== 'regular') continue;
    const category = topic.category_id === null ? undefined : forum.store.categories.get(topic.category_id);
    if (category && !canSeeCategory(ctx.user, category)) continue;
    listed.push(post);
  }
  const latest = listed.flatMap((post) => {
    const topic = forum.store.topics.get(post.topic_id);
    if (!topic) return [];
    const text = stripHtml(post.cooked).replace(/\s+/g, ' ').trim();
    return {
      ...postJson(forum, post, ctx.user, true),
      excerpt: [...text].length > excerptLength ? `${[...text].slice(0, excerptLength).join('')}…` : text,
      topic_title: topic.title,
      topic_html_title: topic.title,
      category_id: topic.category_id,
    };
  });
  return { status: 200, body: { latest_posts: latest } };
}
