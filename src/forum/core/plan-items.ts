import { defaultStatus, describePermissions, lineCount, permissionsMatch, postChange, sameTitle, statusChanges } from './changes.ts';
import { comparePost, type PostState } from './marker.ts';
import type { CategoryRef } from './match.ts';
import type { PlanOptions } from './plan.ts';
import { cleanTitle, titleRules } from './title.ts';
import type { Change, DesiredCategory, DesiredTopic, ObservedCategory, ObservedTopic, PlanItem } from './types.ts';

/* One plan item for a desired category or topic and what the forum holds of it. */

export function planCategory(
  desired: DesiredCategory,
  observed: ObservedCategory | undefined,
  matches: Map<string, ObservedCategory>,
  options: PlanOptions,
): PlanItem {
  const base = { kind: 'category' as const, key: desired.key, file: desired.file, label: desired.name, desired };
  if (!observed) {
    const parent = desired.parentKey ? (matches.get(desired.parentKey)?.slug ?? '(これから作るカテゴリ)') : null;
    return {
      ...base,
      action: 'create',
      changes: [
        { field: 'name', to: desired.name },
        { field: 'slug', to: desired.slug },
        ...(parent ? [{ field: 'parent', to: parent }] : []),
        { field: 'color', to: desired.color },
        { field: 'position', to: desired.position },
        { field: 'permissions', to: describePermissions(desired.permissions) },
        { field: 'description', detail: `${lineCount(desired.description)} 行` },
      ],
    };
  }
  const changes: Change[] = [];
  if (observed.name.trim() !== desired.name.trim()) changes.push({ field: 'name', from: observed.name, to: desired.name });
  if (observed.color.toUpperCase() !== desired.color) changes.push({ field: 'color', from: observed.color, to: desired.color });
  if (observed.textColor.toUpperCase() !== desired.textColor) {
    changes.push({ field: 'text_color', from: observed.textColor, to: desired.textColor });
  }
  // Discourse ignores positions unless fixed_category_positions is on; comparing them otherwise would rewrite forever.
  if (options.settings.fixedCategoryPositions && observed.position !== desired.position) {
    changes.push({ field: 'position', from: observed.position, to: desired.position });
  }
  if (!permissionsMatch(observed, desired.permissions)) {
    changes.push({
      field: 'permissions',
      from: observed.permissions ? describePermissions(observed.permissions) : observed.readRestricted ? '限定' : '公開',
      to: describePermissions(desired.permissions),
    });
  }
  const post = observed.about ? comparePost(observed.about, desired.description, desired.key) : null;
  const bodyChange = post ? postChange('description', post, observed.about!.raw, desired.description) : null;
  if (bodyChange) changes.push(bodyChange);
  return withAction(base, changes, post, options, 'カテゴリの説明（「About」の投稿）が、フォーラムで書き換えられています。', { observedCategory: observed });
}

export function planTopic(desired: DesiredTopic, observed: ObservedTopic | undefined, categories: Map<string, CategoryRef>, options: PlanOptions): PlanItem {
  const base = { kind: desired.kind, key: desired.key, file: desired.file, label: desired.title, desired };
  const category = categories.get(desired.categoryKey);
  const title = cleanTitle(desired.title, titleRules(options.settings));
  if (!observed) {
    return {
      ...base,
      action: 'create',
      changes: [
        { field: 'title', to: title },
        { field: 'category', to: category?.slug ?? '(これから作るカテゴリ)' },
        { field: 'body', detail: `${lineCount(desired.raw)} 行` },
        ...statusChanges(defaultStatus, desired.status),
      ],
    };
  }
  const changes: Change[] = [];
  if (!sameTitle(observed.title, title)) changes.push({ field: 'title', from: observed.title, to: title });
  if (!category || category.id !== observed.categoryId) {
    changes.push({ field: 'category', from: observed.categoryId, to: category?.slug ?? '(これから作るカテゴリ)' });
  }
  const post = comparePost(observed.firstPost, desired.raw, desired.key);
  const bodyChange = postChange('body', post, observed.firstPost.raw, desired.raw);
  if (bodyChange) changes.push(bodyChange);
  changes.push(...statusChanges(observed.status, desired.status));
  return withAction(base, changes, post, options, '最初の投稿が、フォーラムで書き換えられています。', { observedTopic: observed });
}

function withAction(
  base: Omit<PlanItem, 'action' | 'changes'>,
  changes: Change[],
  post: PostState | null,
  options: PlanOptions,
  editedNote: string,
  observed: Pick<PlanItem, 'observedCategory' | 'observedTopic'>,
): PlanItem {
  if (post === 'edited' && !options.force) {
    return { ...base, ...observed, action: 'conflict', changes, note: `${editedNote}そのまま残します。` };
  }
  const note = post === 'edited' ? `${editedNote}--force のため、内容で上書きします。` : undefined;
  return { ...base, ...observed, action: changes.length ? 'update' : 'unchanged', changes, ...(note ? { note } : {}) };
}
