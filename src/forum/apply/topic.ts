import { expectJson } from '../discourse/http/answers.ts';
import { serverErrors, type ForumResponse } from '../discourse/http/client.ts';
import { ForumError } from '../discourse/http/errors.ts';
import { withMarker } from '../core/marker.ts';
import { findTopic } from '../discourse/read/topics.ts';
import { defaultStatus, statusChanges } from '../core/changes.ts';
import { planTopic } from '../core/plan-items.ts';
import type { Change, DesiredTopic, ObservedTopic, PlanItem, TopicStatus } from '../core/types.ts';
import { editReason, ItemFailure, maxCreateAttempts, type ApplyContext } from './context.ts';

export type TopicOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

export async function applyTopic(item: PlanItem, context: ApplyContext): Promise<TopicOutcome> {
  const desired = item.desired as DesiredTopic;
  if (item.action === 'create') return createTopic(desired, context);
  await writeChanges(desired, item.observedTopic!, item.changes, context);
  return 'updated';
}

/**
 * Topics are created with their external_id in the same request, so Discourse itself refuses a second one.
 * When the answer is lost (or the id turns out to be taken), the topic is looked up by external_id and
 * brought up to date instead of being created again.
 */
async function createTopic(desired: DesiredTopic, context: ApplyContext): Promise<TopicOutcome> {
  const category = context.categories.get(desired.categoryKey);
  if (!category) throw new ItemFailure('この話題を置くカテゴリがフォーラムにないため、作れませんでした。先にカテゴリの問題を直してください。', desired.origins.category);
  for (let attempt = 1; ; attempt++) {
    let response: ForumResponse;
    try {
      response = await context.api.createTopic({
        title: desired.title,
        raw: withMarker(desired.raw, desired.key),
        category: category.id,
        external_id: desired.externalId,
      });
    } catch (error) {
      if (!(error instanceof ForumError) || error.kind !== 'ambiguous') throw error;
      const existing = await findTopic(context.api, desired);
      if (existing) return bringUpToDate(desired, existing, context);
      if (attempt >= maxCreateAttempts) throw error;
      continue;
    }
    if (response.status === 200) {
      const topicId = (expectJson<{ topic_id: number }>(response, 'POST /posts.json')).topic_id;
      await writeStatus(topicId, statusChanges(defaultStatus, desired.status), desired.status, context);
      return 'created';
    }
    const errors = serverErrors(response);
    if (response.status === 422 && errors.some((error) => /external.*taken|title has already been used/i.test(error))) {
      const existing = await findTopic(context.api, desired);
      if (existing) return bringUpToDate(desired, existing, context);
      if (errors.some((error) => /title has already been used/i.test(error))) {
        throw new ItemFailure(`題名「${desired.title}」は、フォーラムのほかの話題がすでに使っています。題名を変えてください。`, desired.origins.title);
      }
    }
    if (response.status === 422) {
      throw new ItemFailure(`フォーラムが話題を作れませんでした: ${errors.join(' / ')}`, originOf(errors, desired));
    }
    expectJson(response, 'POST /posts.json');
  }
}

/** A topic that already existed (an earlier run made it): plan it afresh and apply what differs. */
async function bringUpToDate(desired: DesiredTopic, existing: ObservedTopic, context: ApplyContext): Promise<TopicOutcome> {
  const item = planTopic(desired, existing, context.categories, context.options);
  if (item.action === 'conflict') return 'skipped';
  if (item.action === 'unchanged') return 'unchanged';
  await writeChanges(desired, existing, item.changes, context);
  return 'updated';
}

async function writeChanges(desired: DesiredTopic, observed: ObservedTopic, changes: Change[], context: ApplyContext): Promise<void> {
  const changed = new Set(changes.map((change) => change.field));
  const title = changed.has('title') ? { title: desired.title } : {};
  const categoryId = changed.has('category') ? context.categories.get(desired.categoryKey)?.id : undefined;
  if (changed.has('category') && categoryId === undefined) {
    throw new ItemFailure('この話題を置くカテゴリがフォーラムにないため、移せませんでした。', desired.origins.category);
  }
  // Status first, the post last: a post that holds the content's text then vouches for the pin's end, which lists
  // do not show (../read/topics.ts); a run stopped in between leaves the post outdated, and the next run looks.
  await writeStatus(observed.id, changes, desired.status, context);
  if (changed.has('body')) {
    const raw = withMarker(desired.raw, desired.key);
    const response = await context.api.updateFirstPost(observed.firstPost.id, {
      raw,
      editReason,
      originalText: observed.firstPost.raw,
      ...title,
      ...(categoryId !== undefined ? { categoryId } : {}),
    });
    if (response.status === 409 && (await context.api.post(observed.firstPost.id)).raw !== raw) {
      throw new ItemFailure('書きかえる直前に、フォーラムで誰かがこの投稿を編集しました。内容を確かめてから、もう一度実行してください。', desired.origins.raw);
    }
    if (response.status !== 409) checkWrite(response, `PUT /posts/${observed.firstPost.id}.json`, desired);
  } else if (changed.has('title') || categoryId !== undefined) {
    const response = await context.api.updateTopic(observed.id, { ...title, ...(categoryId !== undefined ? { category_id: categoryId } : {}) });
    checkWrite(response, `PUT /t/-/${observed.id}.json`, desired);
  }
}

function checkWrite(response: ForumResponse, what: string, desired: DesiredTopic): void {
  if (response.status === 422) {
    const errors = serverErrors(response);
    throw new ItemFailure(`フォーラムが受け付けませんでした: ${errors.join(' / ')}`, originOf(errors, desired));
  }
  expectJson(response, what);
}

/** One status request per flag that differs; pins carry their end so Discourse unpins at the event's start. */
async function writeStatus(topicId: number, changes: Change[], wanted: TopicStatus, context: ApplyContext): Promise<void> {
  for (const change of changes) {
    if (change.field === 'pinned') await context.api.setStatus(topicId, 'pinned', wanted.pinned, wanted.pinnedUntil ?? undefined);
    if (change.field === 'closed') await context.api.setStatus(topicId, 'closed', wanted.closed);
    if (change.field === 'visible') await context.api.setStatus(topicId, 'visible', wanted.visible);
  }
}

/** Prune: close and unlist a topic whose content is gone. Nothing is deleted. */
export async function pruneTopic(item: PlanItem, context: ApplyContext): Promise<void> {
  const topic = item.observedTopic!;
  await writeStatus(topic.id, item.changes, { ...topic.status, pinned: false, pinnedUntil: null, closed: true, visible: false }, context);
}

function originOf(errors: string[], desired: DesiredTopic) {
  return errors.some((error) => /^title/i.test(error)) ? desired.origins.title : desired.origins.raw;
}
