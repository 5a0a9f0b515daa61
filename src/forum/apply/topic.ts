import { createdPost } from '../discourse/api-shapes.ts';
import { expectJson, expectSuccess } from '../discourse/http/answers.ts';
import { serverErrors, type ForumResponse } from '../discourse/http/client.ts';
import { ForumError } from '../discourse/http/errors.ts';
import { findTopic } from '../discourse/read/topics.ts';
import { withMarker } from '../core/marker.ts';
import type { DesiredTopic, Found, ObservedTopic, OrphanedTopic, TopicChange } from '../core/types.ts';
import {
  editReason,
  ItemFailure,
  maxCreateAttempts,
  type ApplyContext,
  type ChangedTopic,
  type NewTopic,
} from './context.ts';

/**
 * Topics are created with their external_id in the same request, so Discourse itself refuses a second one.
 * When the answer is lost (or the id turns out to be taken), the topic is looked up by external_id and handed
 * back as found: what it holds is for the plan to compare (../command/sync.ts), as with any topic it reads.
 */
export async function createTopic(item: NewTopic, context: ApplyContext): Promise<'created' | Found> {
  const { desired } = item;
  const category = context.categories.get(desired.categoryKey);
  if (!category)
    throw new ItemFailure(
      'この話題を置くカテゴリがフォーラムにないため、作れませんでした。先にカテゴリの問題を直してください。',
      desired.origins.category,
    );
  const found = (observed: ObservedTopic): Found => ({ kind: 'topic', desired, observed });
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
      if (existing) return found(existing);
      if (attempt >= maxCreateAttempts) throw error;
      continue;
    }
    if (response.status === 200) {
      const topicId = expectJson(response, 'POST /posts.json', createdPost).topic_id;
      await writeStatus(topicId, item.changes, context);
      return 'created';
    }
    const errors = serverErrors(response);
    if (response.status === 422 && errors.some((error) => /external.*taken|title has already been used/i.test(error))) {
      const existing = await findTopic(context.api, desired);
      if (existing) return found(existing);
      if (errors.some((error) => /title has already been used/i.test(error))) {
        throw new ItemFailure(
          `題名「${desired.title}」は、フォーラムのほかの話題がすでに使っています。題名を変えてください。`,
          desired.origins.title,
        );
      }
    }
    if (response.status === 422) {
      throw new ItemFailure(`フォーラムが話題を作れませんでした: ${errors.join(' / ')}`, originOf(errors, desired));
    }
    expectSuccess(response, 'POST /posts.json');
  }
}

export async function updateTopic(
  { desired, observed, changes }: ChangedTopic,
  context: ApplyContext,
): Promise<'updated'> {
  const changed = new Set(changes.map((change) => change.field));
  const title = changed.has('title') ? { title: desired.title } : {};
  const categoryId = changed.has('category') ? context.categories.get(desired.categoryKey)?.id : undefined;
  if (changed.has('category') && categoryId === undefined) {
    throw new ItemFailure('この話題を置くカテゴリがフォーラムにないため、移せませんでした。', desired.origins.category);
  }
  // Status first, the post last: a post that holds the content's text then vouches for the pin's end, which lists
  // do not show (../discourse/read/topics.ts); a run stopped in between leaves the post outdated, and the next run looks.
  await writeStatus(observed.id, changes, context);
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
      throw new ItemFailure(
        '書きかえる直前に、フォーラムで誰かがこの投稿を編集しました。内容を確かめてから、もう一度実行してください。',
        desired.origins.raw,
      );
    }
    if (response.status !== 409) checkWrite(response, `PUT /posts/${observed.firstPost.id}.json`, desired);
  } else if (changed.has('title') || categoryId !== undefined) {
    const response = await context.api.updateTopic(observed.id, {
      ...title,
      ...(categoryId !== undefined ? { category_id: categoryId } : {}),
    });
    checkWrite(response, `PUT /t/-/${observed.id}.json`, desired);
  }
  return 'updated';
}

function checkWrite(response: ForumResponse, what: string, desired: DesiredTopic): void {
  if (response.status === 422) {
    const errors = serverErrors(response);
    throw new ItemFailure(`フォーラムが受け付けませんでした: ${errors.join(' / ')}`, originOf(errors, desired));
  }
  expectSuccess(response, what);
}

/** One status request per status change, setting what the change says; a pin carries its end so Discourse unpins by itself. */
async function writeStatus(topicId: number, changes: readonly TopicChange[], context: ApplyContext): Promise<void> {
  for (const change of changes) {
    switch (change.field) {
      case 'pinned':
        await context.api.setStatus(
          topicId,
          'pinned',
          change.to !== false,
          typeof change.to === 'string' ? change.to : undefined,
        );
        break;
      case 'closed':
      case 'visible':
        await context.api.setStatus(topicId, change.field, change.to);
        break;
    }
  }
}

/** Prune: close and unlist a topic whose content is gone. Nothing is deleted. */
export async function pruneTopic(item: OrphanedTopic, context: ApplyContext): Promise<void> {
  await writeStatus(item.observed.id, item.changes, context);
}

function originOf(errors: string[], desired: DesiredTopic) {
  return errors.some((error) => /^title/i.test(error)) ? desired.origins.title : desired.origins.raw;
}
