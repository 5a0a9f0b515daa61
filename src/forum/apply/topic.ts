import { createdPost } from '../discourse/api-shapes.ts';
import { expectJson, expectSuccess } from '../discourse/http/answers.ts';
import { serverErrors, type ForumResponse } from '../discourse/http/client.ts';
import { ForumError } from '../discourse/http/errors.ts';
import { findTopic } from '../discourse/read/topics.ts';
import { defaultStatus } from '../core/changes.ts';
import { recreatedExternalId } from '../core/external-id.ts';
import { readMarker, withMarker, withNewNotes } from '../core/marker.ts';
import { pinNote, topicNotes } from '../core/record.ts';
import type { DesiredTopic, Found, ObservedPost, ObservedTopic, OrphanedTopic, TopicChange } from '../core/types.ts';
import {
  editReason,
  ItemFailure,
  maxCreateAttempts,
  type ApplyContext,
  type ChangedTopic,
  type NewTopic,
} from './context.ts';

/** How many fresh external_ids --recreate-deleted tries, each taken by an earlier copy that was deleted too. */
const maxRecreations = 5;

/**
 * Topics are created with their external_id in the same request, so Discourse itself refuses a second one.
 * When the answer is lost (or the id turns out to be taken), the topic is looked up by external_id and handed
 * back as found: what it holds is for the plan to compare (../command/sync.ts), as with any topic it reads.
 * Taken by nothing the forum shows, the id belongs to a topic a moderator deleted: handed back as such, or with
 * --recreate-deleted made again under a fresh id. Its status is set next, and then its marker notes the status.
 */
export async function createTopic(item: NewTopic, context: ApplyContext): Promise<'created' | Found> {
  const { desired } = item;
  const category = context.categories.get(desired.categoryKey);
  if (!category)
    throw new ItemFailure(
      'この話題を置くカテゴリがフォーラムにないため、作れませんでした。先にカテゴリの問題を直してください。',
      desired.origins.category,
    );
  const made = { ...item.record, pin: pinNote(defaultStatus), closed: false, listed: true };
  const raw = withMarker(desired.raw, desired.key, topicNotes(made, context.revision));
  for (let generation = 1; generation <= maxRecreations; generation++) {
    const externalId = recreatedExternalId(desired.externalId, generation);
    const outcome = await createWithId(desired, { raw, category: category.id, externalId }, context);
    if (outcome === 'deleted') {
      if (!context.recreateDeleted) return { kind: 'deleted', desired };
      continue;
    }
    if ('kind' in outcome) return outcome;
    await writeStatus(outcome.topicId, item.changes, context);
    if (item.changes.some((change) => isStatus(change.field))) {
      const created: ObservedPost = { id: outcome.postId, raw, version: 1 };
      await writePost(
        created,
        withMarker(desired.raw, desired.key, topicNotes(item.record, context.revision)),
        {},
        desired,
        context,
      );
    }
    return 'created';
  }
  throw new ItemFailure(
    `この話題は、作り直すたびに削除されているようです（${maxRecreations} 回）。フォーラムのモデレーターと相談してください。`,
    desired.origins.externalId,
  );
}

/** One create under one external_id: made, found already there, or taken by a deleted topic. */
async function createWithId(
  desired: DesiredTopic,
  post: { raw: string; category: number; externalId: string },
  context: ApplyContext,
): Promise<{ topicId: number; postId: number } | Found | 'deleted'> {
  const lookup = { externalId: post.externalId };
  const found = (observed: ObservedTopic): Found => ({ kind: 'topic', desired, observed });
  for (let attempt = 1; ; attempt++) {
    let response: ForumResponse;
    try {
      response = await context.api.createTopic({
        title: desired.title,
        raw: post.raw,
        category: post.category,
        external_id: post.externalId,
      });
    } catch (error) {
      if (!(error instanceof ForumError) || error.kind !== 'ambiguous') throw error;
      const existing = await findTopic(context.api, lookup);
      if (existing) return found(existing);
      if (attempt >= maxCreateAttempts) throw error;
      continue;
    }
    if (response.status === 200) {
      const created = expectJson(response, 'POST /posts.json', createdPost);
      return { topicId: created.topic_id, postId: created.id };
    }
    const errors = serverErrors(response);
    const idTaken = errors.some((error) => /external.*taken/i.test(error));
    const titleTaken = errors.some((error) => /title has already been used/i.test(error));
    if (response.status === 422 && (idTaken || titleTaken)) {
      const existing = await findTopic(context.api, lookup);
      if (existing) return found(existing);
      if (idTaken) return 'deleted';
      throw new ItemFailure(
        `題名「${desired.title}」は、フォーラムのほかの話題がすでに使っています。題名を変えてください。`,
        desired.origins.title,
      );
    }
    if (response.status === 422) {
      throw new ItemFailure(`フォーラムが話題を作れませんでした: ${errors.join(' / ')}`, originOf(errors, desired));
    }
    expectSuccess(response, 'POST /posts.json');
  }
}

/**
 * Status first, the post last: a post that holds the content's text then vouches for the pin's end, which lists
 * do not show (../discourse/read/topics.ts), and its marker never notes a status not yet set; a run stopped in
 * between leaves the post outdated, and the next run looks.
 */
export async function updateTopic(item: ChangedTopic, context: ApplyContext): Promise<'updated' | 'skipped'> {
  const { desired, observed, changes } = item;
  if (changes.length === 0) return 'skipped';
  const changed = new Set(changes.map((change) => change.field));
  const categoryId = changed.has('category') ? context.categories.get(desired.categoryKey)?.id : undefined;
  if (changed.has('category') && categoryId === undefined) {
    throw new ItemFailure('この話題を置くカテゴリがフォーラムにないため、移せませんでした。', desired.origins.category);
  }
  await writeStatus(observed.id, changes, context);
  if (changed.has('body') || changed.has('title')) {
    const notes = topicNotes(item.record, context.revision);
    const marker = readMarker(observed.firstPost.raw).marker;
    const keepsText = item.kept.some((kept) => kept.field === 'body');
    const raw =
      keepsText && marker
        ? withNewNotes(observed.firstPost.raw, marker, notes)
        : withMarker(desired.raw, desired.key, notes);
    const topic = {
      ...(changed.has('title') ? { title: desired.title } : {}),
      ...(categoryId !== undefined ? { categoryId } : {}),
    };
    await writePost(observed.firstPost, raw, topic, desired, context);
  } else if (categoryId !== undefined) {
    const response = await context.api.updateTopic(observed.id, { category_id: categoryId });
    checkWrite(response, `PUT /t/-/${observed.id}.json`, desired);
  }
  return 'updated';
}

/** Rewrites a first post; the edit reason shows in its history only where the text itself changes. */
async function writePost(
  post: ObservedPost,
  raw: string,
  topic: { title?: string; categoryId?: number },
  desired: DesiredTopic,
  context: ApplyContext,
): Promise<void> {
  const textChanges = readMarker(raw).body !== readMarker(post.raw).body || topic.title !== undefined;
  const response = await context.api.updateFirstPost(post.id, {
    raw,
    ...(textChanges ? { editReason } : {}),
    originalText: post.raw,
    ...topic,
  });
  if (response.status === 409 && (await context.api.post(post.id)).raw !== raw) {
    throw new ItemFailure(
      '書きかえる直前に、フォーラムで誰かがこの投稿を編集しました。内容を確かめてから、もう一度実行してください。',
      desired.origins.raw,
    );
  }
  if (response.status !== 409) checkWrite(response, `PUT /posts/${post.id}.json`, desired);
}

function checkWrite(response: ForumResponse, what: string, desired: DesiredTopic): void {
  if (response.status === 422) {
    const errors = serverErrors(response);
    throw new ItemFailure(`フォーラムが受け付けませんでした: ${errors.join(' / ')}`, originOf(errors, desired));
  }
  expectSuccess(response, what);
}

const isStatus = (field: TopicChange['field']): boolean =>
  field === 'pinned' || field === 'closed' || field === 'visible';

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

/** Closes (and with --prune unlists) a topic whose content is gone, then notes it in its marker. Nothing is deleted. */
export async function closeOrphan(item: OrphanedTopic, context: ApplyContext): Promise<void> {
  await writeStatus(item.observed.id, item.changes, context);
  const post = item.observed.firstPost;
  const marker = readMarker(post.raw).marker;
  if (!item.record || !marker) return;
  const raw = withNewNotes(post.raw, marker, topicNotes(item.record, context.revision));
  const response = await context.api.updateFirstPost(post.id, { raw, originalText: post.raw });
  if (response.status !== 409) expectSuccess(response, `PUT /posts/${post.id}.json`);
}

/** The content field a refusal concerns, by the attribute Discourse names first. */
function originOf(errors: string[], desired: DesiredTopic) {
  if (errors.some((error) => /^title/i.test(error))) return desired.origins.title;
  if (errors.some((error) => /^external/i.test(error))) return desired.origins.externalId;
  return desired.origins.raw;
}
