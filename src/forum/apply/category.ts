import { expectSuccess } from '../discourse/http/answers.ts';
import { ForumError } from '../discourse/http/errors.ts';
import { withMarker } from '../core/marker.ts';
import type { DesiredCategory, ObservedCategory, ObservedPost } from '../core/types.ts';
import {
  editReason,
  ItemFailure,
  maxCreateAttempts,
  type ApplyContext,
  type ChangedCategory,
  type NewCategory,
} from './context.ts';

/**
 * Creates a category. Its description is written afterwards, together with those of the categories created next
 * to it (./run.ts): the answer names the About topic but not its post. `found` when the category turned out to be
 * there already: then what it holds is for the plan to compare, not for this to overwrite.
 */
export async function createNewCategory(
  item: NewCategory,
  context: ApplyContext,
): Promise<{ category: ObservedCategory; found: boolean }> {
  const made = await createCategory(item.desired, context);
  context.categories.set(item.desired.key, { id: made.category.id, slug: made.category.slug });
  return made;
}

/** Brings an existing category up to date: its fields in one request, its description in another. */
export async function updateCategory(item: ChangedCategory, context: ApplyContext): Promise<'updated'> {
  const fields = changedFields(item);
  if (Object.keys(fields).length > 0) await context.api.updateCategory(item.observed.id, fields);
  const about = item.observed.about;
  if (about && item.changes.some((change) => change.field === 'description'))
    await writeDescription(item.desired, about, context);
  return 'updated';
}

function changedFields({ changes, desired }: ChangedCategory) {
  const changed = new Set(changes.map((change) => change.field));
  return {
    ...(changed.has('name') ? { name: desired.name } : {}),
    ...(changed.has('color') || changed.has('text_color')
      ? { color: desired.color, text_color: desired.textColor }
      : {}),
    ...(changed.has('position') ? { position: desired.position } : {}),
    ...(changed.has('permissions') ? { permissions: desired.permissions } : {}),
  };
}

/**
 * POST /categories.json is not idempotent. When its answer is lost, or the forum says the slug is taken, the
 * category is looked up by slug under its parent before anything is sent again, so a retry never makes two.
 */
async function createCategory(
  desired: DesiredCategory,
  context: ApplyContext,
): Promise<{ category: ObservedCategory; found: boolean }> {
  const parentId = desired.parentKey ? context.categories.get(desired.parentKey)?.id : undefined;
  if (desired.parentKey && parentId === undefined) {
    throw new ItemFailure(
      '親のカテゴリ（疾患）がフォーラムにないため、作れませんでした。先に親のカテゴリの問題を直してください。',
    );
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
      return { category: await context.api.createCategory(request), found: false };
    } catch (error) {
      if (!(error instanceof ForumError) || (error.kind !== 'ambiguous' && error.kind !== 'refused')) throw error;
      const existing = await findBySlug(context, desired.slug, parentId ?? null);
      if (existing) return { category: existing, found: true };
      if (error.kind === 'refused') {
        throw new ItemFailure(
          `フォーラムがカテゴリを作れませんでした: ${error.serverErrors.join(' / ') || error.message}`,
          desired.origins.name,
        );
      }
      if (attempt >= maxCreateAttempts) throw error;
    }
  }
}

async function findBySlug(
  context: ApplyContext,
  slug: string,
  parentId: number | null,
): Promise<ObservedCategory | undefined> {
  const site = await context.api.site();
  return site.categories.find(
    (category) => category.parentId === parentId && category.slug.toLowerCase() === slug.toLowerCase(),
  );
}

/**
 * Writes the category's About post: over Discourse's placeholder in a category just made, or where the plan found
 * it outdated. The text the sync saw is sent along, so an edit made between reading and writing is refused by
 * the forum (409), not lost.
 */
export async function writeDescription(
  desired: DesiredCategory,
  about: ObservedPost,
  context: ApplyContext,
): Promise<void> {
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
  expectSuccess(response, `PUT /posts/${about.id}.json`);
}
