import type { SiteCategory } from '../discourse/api-shapes.ts';
import { expectJson } from '../discourse/http/answers.ts';
import { ForumError } from '../discourse/http/errors.ts';
import { comparePost, withMarker } from '../core/marker.ts';
import { toObservedCategory } from '../discourse/observe.ts';
import type { DesiredCategory, ObservedPost, PlanItem } from '../core/types.ts';
import { editReason, ItemFailure, maxCreateAttempts, type ApplyContext } from './context.ts';

/**
 * Creates a category and returns its About topic's id. Its description is written afterwards, together with
 * those of the categories created next to it (./run.ts): the answer names the About topic but not its post.
 */
export async function createNewCategory(item: PlanItem, context: ApplyContext): Promise<number | null> {
  const desired = item.desired as DesiredCategory;
  const created = await createCategory(desired, context);
  context.categories.set(desired.key, { id: created.id, slug: created.slug });
  return toObservedCategory(created).aboutTopicId;
}

/** Brings an existing category up to date: its fields in one request, its description in another. */
export async function updateCategory(item: PlanItem, context: ApplyContext): Promise<'updated'> {
  const desired = item.desired as DesiredCategory;
  const observed = item.observedCategory!;
  const fields = changedFields(item, desired);
  if (Object.keys(fields).length > 0) await context.api.updateCategory(observed.id, fields);
  if (item.changes.some((change) => change.field === 'description') && observed.about) {
    await writeDescription(desired, observed.about, context);
  }
  return 'updated';
}

function changedFields(item: PlanItem, desired: DesiredCategory) {
  const changed = new Set(item.changes.map((change) => change.field));
  return {
    ...(changed.has('name') ? { name: desired.name } : {}),
    ...(changed.has('color') || changed.has('text_color') ? { color: desired.color, text_color: desired.textColor } : {}),
    ...(changed.has('position') ? { position: desired.position } : {}),
    ...(changed.has('permissions') ? { permissions: desired.permissions } : {}),
  };
}

/**
 * POST /categories.json is not idempotent. When its answer is lost, or the forum says the slug is taken, the
 * category is looked up by slug under its parent before anything is sent again, so a retry never makes two.
 */
async function createCategory(desired: DesiredCategory, context: ApplyContext): Promise<SiteCategory> {
  const parentId = desired.parentKey ? context.categories.get(desired.parentKey)?.id : undefined;
  if (desired.parentKey && parentId === undefined) {
    throw new ItemFailure('親のカテゴリ（疾患）がフォーラムにないため、作れませんでした。先に親のカテゴリの問題を直してください。');
  }
  const request = {
    name: desired.name,
    slug: desired.slug,
    color: desired.color,
    text_color: desired.textColor,
    position: desired.position,
    permissions: desired.permissions,
    ...(parentId !== undefined ? { parent_category_id: parentId } : {}),
  };
  for (let attempt = 1; ; attempt++) {
    try {
      return await context.api.createCategory(request);
    } catch (error) {
      if (!(error instanceof ForumError) || (error.kind !== 'ambiguous' && error.kind !== 'refused')) throw error;
      const existing = await findBySlug(context, desired.slug, parentId ?? null);
      if (existing) return existing;
      if (error.kind === 'refused') {
        throw new ItemFailure(`フォーラムがカテゴリを作れませんでした: ${error.serverErrors.join(' / ') || error.message}`, desired.origins.name);
      }
      if (attempt >= maxCreateAttempts) throw error;
    }
  }
}

async function findBySlug(context: ApplyContext, slug: string, parentId: number | null): Promise<SiteCategory | undefined> {
  const site = await context.api.site();
  return site.categories.find(
    (category) => (category.parent_category_id ?? null) === parentId && category.slug.toLowerCase() === slug.toLowerCase(),
  );
}

/**
 * Writes the category's About post unless a person has rewritten it (then only with --force). The text the
 * sync saw is sent along, so an edit made between reading and writing is refused by the forum (409), not lost.
 */
export async function writeDescription(desired: DesiredCategory, about: ObservedPost, context: ApplyContext): Promise<void> {
  const state = comparePost(about, desired.description, desired.key);
  if (state === 'current' || (state === 'edited' && !context.options.force)) return;
  const raw = withMarker(desired.description, desired.key);
  const response = await context.api.updateFirstPost(about.id, { raw, editReason, originalText: about.raw });
  if (response.status === 409) {
    // A retried PUT whose first try landed also meets 409: the post then already holds what was sent.
    const now = await context.api.post(about.id);
    if (now.raw === raw) return;
    throw new ItemFailure(
      'カテゴリの説明を書きかえる直前に、フォーラムで誰かが編集しました。内容を確かめてから、もう一度実行してください。',
      desired.origins.description,
    );
  }
  expectJson(response, `PUT /posts/${about.id}.json`);
}
