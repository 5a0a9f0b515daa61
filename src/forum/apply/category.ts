import { expectSuccess } from '../discourse/http/answers.ts';
import { ForumError } from '../discourse/http/errors.ts';
import { readMarker, withMarker, withNewNotes } from '../core/marker.ts';
import { categoryNotes } from '../core/record.ts';
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

/**
 * Brings an existing category up to date: its fields in one request (who may read first of all: nothing else
 * is written when that fails), then its About post, whose marker notes what the fields now hold.
 */
export async function updateCategory(item: ChangedCategory, context: ApplyContext): Promise<'updated' | 'skipped'> {
  if (item.changes.length === 0) return 'skipped';
  const fields = changedFields(item, context);
  if (Object.keys(fields).length > 0) await context.api.updateCategory(item.observed.id, fields);
  const about = item.observed.about;
  if (about && item.changes.some((change) => change.field === 'description')) {
    const marker = readMarker(about.raw).marker;
    const notes = categoryNotes(item.record, context.revision);
    const keepsText = item.kept.some((kept) => kept.field === 'description');
    const raw =
      keepsText && marker
        ? withNewNotes(about.raw, marker, notes)
        : withMarker(item.desired.description, item.key, notes);
    await writeDescription(item.desired, about, raw, context);
  }
  return 'updated';
}

function changedFields({ changes, desired }: ChangedCategory, context: ApplyContext) {
  const changed = new Set(changes.map((change) => change.field));
  const parentId = desired.parentKey ? context.categories.get(desired.parentKey)?.id : undefined;
  if (changed.has('parent') && parentId === undefined)
    throw new ItemFailure(
      '移す先の親のカテゴリ（疾患）がフォーラムにないため、移せませんでした。先に親のカテゴリの問題を直してください。',
      desired.origins.name,
    );
  return {
    ...(changed.has('name') ? { name: desired.name } : {}),
    ...(changed.has('slug') ? { slug: desired.slug } : {}),
    ...(changed.has('parent') && parentId !== undefined ? { parent_category_id: parentId } : {}),
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

/** The About post of a category just made: the content's description, over Discourse's placeholder. */
export function newDescription(item: NewCategory, revision: string): string {
  return withMarker(item.desired.description, item.key, categoryNotes(item.record, revision));
}

/**
 * Writes the category's About post: over Discourse's placeholder in a category just made, or where the plan found
 * it outdated or its notes out of date. The text the sync saw is sent along, so an edit made between reading and
 * writing is refused by the forum (409), not lost.
 */
export async function writeDescription(
  desired: DesiredCategory,
  about: ObservedPost,
  raw: string,
  context: ApplyContext,
): Promise<void> {
  const textChanges = readMarker(raw).body !== readMarker(about.raw).body;
  const response = await context.api.updateFirstPost(about.id, {
    raw,
    ...(textChanges ? { editReason } : {}),
    originalText: about.raw,
  });
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
