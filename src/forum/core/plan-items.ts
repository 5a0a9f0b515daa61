import {
  defaultStatus,
  describePermissions,
  lineCount,
  permissionsMatch,
  postChange,
  sameTitle,
  statusChanges,
} from './changes.ts';
import { comparePost, type PostState } from './marker.ts';
import type { CategoryRef } from './match.ts';
import { cleanTitle, titleRules } from './title.ts';
import type {
  CategoryItem,
  Change,
  CategoryField,
  DesiredCategory,
  DesiredTopic,
  ObservedCategory,
  ObservedTopic,
  PlanOptions,
  TopicChange,
  TopicItem,
} from './types.ts';

/*
 * One plan item for a desired category or topic and what the forum holds of it. `categories` says where each
 * desired category is on the forum: found when the forum was read, or made since.
 */

const notYetMade = '(これから作るカテゴリ)';

export function planCategory(
  desired: DesiredCategory,
  observed: ObservedCategory | undefined,
  categories: ReadonlyMap<string, CategoryRef>,
  options: PlanOptions,
): CategoryItem {
  const base = {
    kind: 'category',
    key: desired.key,
    file: desired.file,
    label: desired.name,
    desired,
  } satisfies Partial<CategoryItem>;
  if (!observed) {
    const parent: Change<CategoryField>[] = desired.parentKey
      ? [{ field: 'parent', to: categories.get(desired.parentKey)?.slug ?? notYetMade }]
      : [];
    const changes: Change<CategoryField>[] = [
      { field: 'name', to: desired.name },
      { field: 'slug', to: desired.slug },
      ...parent,
      { field: 'color', to: desired.color },
      { field: 'position', to: desired.position },
      { field: 'permissions', to: describePermissions(desired.permissions) },
      { field: 'description', detail: `${lineCount(desired.description)} 行` },
    ];
    return { ...base, action: 'create', changes };
  }
  const changes: Change<CategoryField>[] = [];
  if (observed.name.trim() !== desired.name.trim())
    changes.push({ field: 'name', from: observed.name, to: desired.name });
  if (observed.color.toUpperCase() !== desired.color)
    changes.push({ field: 'color', from: observed.color, to: desired.color });
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
      from: observed.permissions
        ? describePermissions(observed.permissions)
        : observed.readRestricted
          ? '限定'
          : '公開',
      to: describePermissions(desired.permissions),
    });
  }
  const about = observed.about;
  const post = about ? comparePost(about, desired.description, desired.key) : null;
  const bodyChange = about && post ? postChange('description', post, about.raw, desired.description) : null;
  if (bodyChange) changes.push(bodyChange);
  const note = 'カテゴリの説明（「About」の投稿）が、フォーラムで書き換えられています。';
  return { ...base, observed, changes, ...verdict(post, changes, options.force, note) };
}

export function planTopic(
  desired: DesiredTopic,
  observed: ObservedTopic | undefined,
  categories: ReadonlyMap<string, CategoryRef>,
  options: PlanOptions,
): TopicItem {
  const base = {
    kind: desired.kind,
    key: desired.key,
    file: desired.file,
    label: desired.title,
    desired,
  } satisfies Partial<TopicItem>;
  const category = categories.get(desired.categoryKey);
  const title = cleanTitle(desired.title, titleRules(options.settings));
  if (!observed) {
    const changes: TopicChange[] = [
      { field: 'title', to: title },
      { field: 'category', to: category?.slug ?? notYetMade },
      { field: 'body', detail: `${lineCount(desired.raw)} 行` },
      ...statusChanges(defaultStatus, desired.status),
    ];
    return { ...base, action: 'create', changes };
  }
  const changes: TopicChange[] = [];
  if (!sameTitle(observed.title, title)) changes.push({ field: 'title', from: observed.title, to: title });
  if (!category || category.id !== observed.categoryId)
    changes.push({ field: 'category', from: observed.categoryId, to: category?.slug ?? notYetMade });
  const post = comparePost(observed.firstPost, desired.raw, desired.key);
  const bodyChange = postChange('body', post, observed.firstPost.raw, desired.raw);
  if (bodyChange) changes.push(bodyChange);
  changes.push(...statusChanges(observed.status, desired.status));
  return {
    ...base,
    observed,
    changes,
    ...verdict(post, changes, options.force, '最初の投稿が、フォーラムで書き換えられています。'),
  };
}

type Verdict = { action: 'conflict'; note: string } | { action: 'update' | 'unchanged'; note?: string };

/** Update or unchanged, by whether anything differs; but a post a person edited is theirs, unless --force. */
function verdict(post: PostState | null, changes: readonly unknown[], force: boolean, editedNote: string): Verdict {
  if (post === 'edited' && !force) return { action: 'conflict', note: `${editedNote}そのまま残します。` };
  const action = changes.length > 0 ? 'update' : 'unchanged';
  return post === 'edited' ? { action, note: `${editedNote}--force のため、内容で上書きします。` } : { action };
}
