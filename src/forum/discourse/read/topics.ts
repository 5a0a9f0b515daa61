import type { DiscourseApi } from '../api.ts';
import type { ListedTopic } from '../api-shapes.ts';
import { managedKeyOf, topicKind } from '../../core/external-id.ts';
import { comparePost, readMarker } from '../../core/marker.ts';
import { belongsTo } from '../../core/scope.ts';
import { cleanTitle, type TitleRules } from '../../core/title.ts';
import type { DesiredTopic, ObservedPost, ObservedTopic, Only } from '../../core/types.ts';

/**
 * The sync's topics among those the API user started. The list gives each topic's title, category and status;
 * the marker at the end of its first post (read in bulk beforehand, ./first-posts.ts) says which item it is.
 * A topic costs a read of its own (GET /t/{id}.json?include_raw=true) only where those cannot tell enough:
 * - its first post was not among the latest posts (unlisted, hidden, or beyond where the walk stopped);
 * - its first post has no marker: only its external_id can tell whether it is the sync's (someone deleted the
 *   marker) or not the sync's at all;
 * - the list shows it pinned, the content wants it pinned until a moment, and its post does not hold the
 *   content's text: lists carry no pinned_until. Where the post does hold it, the pin's end is the one the sync
 *   set with it (the sync writes a topic's status before its post, ../../apply/topic.ts), so an event moved to
 *   another day is read once, when its text changes.
 * A topic already closed, unlisted and unpinned whose title the content does not use is not read at all: it is
 * one the sync pruned (or one not its own), with nothing left to do, and reading each again on every run would
 * cost more the longer the forum lives.
 */
export async function observeStartedTopics(
  api: DiscourseApi,
  started: readonly ListedTopic[],
  firstPosts: ReadonlyMap<number, ObservedPost>,
  desired: readonly DesiredTopic[],
  context: { only: Only | null; titles: TitleRules },
): Promise<ObservedTopic[]> {
  const { only } = context;
  const byKey = new Map(desired.map((topic) => [topic.key, topic]));
  const wantedTitles = new Set(desired.map((topic) => cleanTitle(topic.title, context.titles).toLowerCase()));
  const topics: ObservedTopic[] = [];
  for (const listed of started) {
    const post = firstPosts.get(listed.id);
    const settled = listed.closed && !listed.visible && !listed.pinned;
    if (!post && settled && !wantedTitles.has(listed.title.toLowerCase())) continue;
    const key = post ? readMarker(post.raw).marker?.key : undefined;
    if (key !== undefined && !belongsTo(topicKind(key), only)) continue;
    const wanted = key === undefined ? undefined : byKey.get(key);
    const pinEnd = wanted?.status.pinned ? wanted.status.pinnedUntil : null;
    const vouched =
      post !== undefined && wanted !== undefined && comparePost(post, wanted.raw, wanted.key) === 'current';
    if (post && key !== undefined && (!listed.pinned || pinEnd === null || vouched)) {
      topics.push({
        id: listed.id,
        externalId: null,
        markerKey: key,
        categoryId: listed.category_id,
        title: listed.title,
        // A pin's end is the one the sync set (or, where it wants none, one set by hand that lapses by itself).
        status: {
          pinned: listed.pinned,
          pinnedUntil: listed.pinned ? pinEnd : null,
          closed: listed.closed,
          visible: listed.visible,
        },
        firstPost: post,
      });
      continue;
    }
    const viewed = await viewTopic(api, listed.id);
    const identity = managedKeyOf(viewed);
    if (identity === null || !belongsTo(topicKind(identity), only)) continue;
    topics.push(viewed);
  }
  return topics;
}

/** A topic read on its own: status, external_id and the first post's raw text. */
async function viewTopic(api: DiscourseApi, id: number): Promise<ObservedTopic> {
  const view = await api.topic(id);
  const firstPost = view.firstPost ?? (await api.firstPost(id));
  return {
    id: view.id,
    externalId: view.externalId,
    markerKey: readMarker(firstPost.raw).marker?.key ?? null,
    categoryId: view.categoryId,
    title: view.title,
    status: view.status,
    firstPost,
  };
}

/** A managed topic found by its external_id (GET /t/external_id/{id}.json, then the topic); null when there is none. */
export async function findTopic(
  api: DiscourseApi,
  topic: Pick<DesiredTopic, 'externalId'>,
): Promise<ObservedTopic | null> {
  const id = await api.topicIdByExternalId(topic.externalId);
  if (id === null) return null;
  const viewed = await viewTopic(api, id);
  return { ...viewed, externalId: viewed.externalId ?? topic.externalId };
}
