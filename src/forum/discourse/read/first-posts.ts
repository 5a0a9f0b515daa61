import type { DiscourseApi } from '../api.ts';
import type { PostJson } from '../api-shapes.ts';
import type { ObservedPost } from '../../core/types.ts';

/**
 * Reading the first posts of many topics at once. Drift detection needs each managed post's raw text, and the
 * only Discourse list that carries raw text is the latest posts (GET /posts.json: 50 regular posts a page,
 * newest first, `raw` included). Walking it down covers 50 posts a request where reading topic by topic
 * covers one, as long as the sync's posts are not buried under many newer ones (replies by members): the walk
 * therefore stops as soon as it stops paying for itself, and whatever it did not find is read one by one.
 */

/** Pages a walk may read beyond the posts it found: the most it can cost over reading topic by topic. */
const spareReads = 2;

export class PostWalk {
  /** First posts found so far, by topic id. */
  readonly found = new Map<number, ObservedPost>();
  readonly #wanted: Set<number>;
  #pages = 0;
  #before: number | undefined;
  #oldestTopicPassed = Number.POSITIVE_INFINITY;

  constructor(topicIds: Iterable<number>) {
    this.#wanted = new Set(topicIds);
  }

  /** Where the next page starts: posts with lower ids than this (none before the first page). */
  get before(): number | undefined {
    return this.#before;
  }

  get worthStarting(): boolean {
    return this.#wanted.size > 0;
  }

  /** Takes in one page of the latest posts; says whether reading the next one is worth it. */
  take(page: readonly PostJson[]): boolean {
    this.#pages++;
    if (page.length === 0) return false;
    for (const post of page) {
      if (post.post_number !== 1) continue;
      // A forum that leaves raw out of this list cannot tell drift: read topic by topic instead.
      if (typeof post.raw !== 'string') return false;
      this.#oldestTopicPassed = Math.min(this.#oldestTopicPassed, post.topic_id);
      if (this.#wanted.delete(post.topic_id))
        this.found.set(post.topic_id, { id: post.id, raw: post.raw, version: post.version });
    }
    this.#before = Math.min(...page.map((post) => post.id));
    // A topic's first post is written right after the topic, so first posts come in topic order: once the first
    // post of an older topic has gone by, a wanted newer topic's post is not coming (it is hidden or unlisted).
    for (const id of this.#wanted) if (id > this.#oldestTopicPassed) this.#wanted.delete(id);
    return this.#wanted.size > 0 && this.#pages < this.found.size + spareReads;
  }
}

/**
 * The first posts of these topics that the latest-posts list holds, by topic id; `offered` is false when the
 * forum does not offer the list at all (then every post is for the caller to read one by one).
 */
export async function readFirstPosts(
  api: DiscourseApi,
  topicIds: Iterable<number>,
): Promise<{ found: Map<number, ObservedPost>; offered: boolean }> {
  const walk = new PostWalk(topicIds);
  let more = walk.worthStarting;
  while (more) {
    const page = await api.latestPosts(walk.before);
    if (page === null) return { found: walk.found, offered: false };
    more = walk.take(page);
  }
  return { found: walk.found, offered: true };
}
