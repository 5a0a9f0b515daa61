import {
  describePermissions,
  lineCount,
  notYetMade,
  opensToEveryone,
  permissionsMatch,
  postChange,
} from './changes.ts';
import { comparePost, readMarker } from './marker.ts';
import type { CategoryRef } from './match.ts';
import { categoryRecordOf, digest, readCategoryRecord, sameCategoryRecord } from './record.ts';
import type {
  CategoryField,
  CategoryItem,
  Change,
  DesiredCategory,
  Kept,
  ObservedCategory,
  PlanOptions,
} from './types.ts';

/*
 * The plan item for a desired category and what the forum holds of it, field by field: each change the content
 * makes is written; what a person changed on the forum by hand (the name, the About text) is kept and reported;
 * who may read it always follows the content. `categories` says where each desired category is on the forum.
 */

export function planCategory(
  desired: DesiredCategory,
  observed: ObservedCategory | undefined,
  categories: ReadonlyMap<string, CategoryRef>,
  options: PlanOptions,
): CategoryItem {
  const record = categoryRecordOf(desired);
  const groups = groupNeeds(desired);
  const base = {
    kind: 'category',
    key: desired.key,
    file: desired.file,
    label: desired.name,
    desired,
    record,
    kept: [],
    warnings: [],
    notes: [],
  } satisfies Partial<CategoryItem>;
  const parent = desired.parentKey ? categories.get(desired.parentKey) : undefined;
  if (!observed) {
    const changes: Change<CategoryField>[] = [
      { field: 'name', to: desired.name },
      { field: 'slug', to: desired.slug },
      ...(desired.parentKey ? [{ field: 'parent' as const, to: parent?.slug ?? notYetMade }] : []),
      { field: 'color', to: desired.color },
      { field: 'position', to: desired.position },
      { field: 'permissions', to: describePermissions(desired.permissions) },
      { field: 'description', detail: `${lineCount(desired.description)} 行` },
    ];
    return {
      ...base,
      action: 'create',
      changes,
      needs: [...(desired.parentKey ? [desired.parentKey] : []), ...groups],
    };
  }

  const about = observed.about;
  const marker = about ? readMarker(about.raw).marker : null;
  const noted = marker ? readCategoryRecord(marker.fields) : null;
  const privacyChanged = noted !== null && noted.facts !== record.facts;
  const path = `/c/${observed.id}`;
  const changes: Change<CategoryField>[] = [];
  const kept: Kept[] = [];
  const notes: string[] = [];
  const warnings: string[] = [];

  let keptName = false;
  if (observed.name.trim() !== desired.name.trim()) {
    const byHand = noted !== null && noted.name !== digest(observed.name.trim());
    if (byHand && !options.force) {
      kept.push({ field: 'name', forum: observed.name, path });
      keptName = true;
    } else {
      changes.push({ field: 'name', from: observed.name, to: desired.name });
      if (byHand) notes.push('フォーラムで名前が変えられていますが、--force のため内容の名前に戻します。');
    }
  }
  if (observed.slug.toLowerCase() !== desired.slug.toLowerCase()) {
    changes.push({ field: 'slug', from: observed.slug, to: desired.slug });
    if (noted !== null && noted.slug !== observed.slug.toLowerCase())
      notes.push(
        `フォーラムで URL 名が「${observed.slug}」に変えられていました。サイトのリンクや QR コードから開けるよう、内容の「${desired.slug}」に戻します。`,
      );
    else warnings.push(addressWarning(`URL 名が「${observed.slug}」から「${desired.slug}」に変わります`));
  }
  const parentMoves = desired.parentKey === null ? observed.parentId !== null : parent?.id !== observed.parentId;
  if (parentMoves) {
    changes.push({
      field: 'parent',
      from: observed.parentId,
      to: parent?.slug ?? (desired.parentKey ? notYetMade : null),
    });
    warnings.push(addressWarning('別の疾患のカテゴリの下に移ります（話題と返信はこのカテゴリといっしょに移ります）'));
  }
  if (observed.color.toUpperCase() !== desired.color)
    changes.push({ field: 'color', from: observed.color, to: desired.color });
  if (observed.textColor.toUpperCase() !== desired.textColor)
    changes.push({ field: 'text_color', from: observed.textColor, to: desired.textColor });
  // Discourse ignores positions unless fixed_category_positions is on; comparing them otherwise would rewrite forever.
  if (options.settings.fixedCategoryPositions && observed.position !== desired.position)
    changes.push({ field: 'position', from: observed.position, to: desired.position });
  const permissions = permissionsChange(observed, desired, noted !== null && !privacyChanged);
  if (permissions) {
    changes.push(permissions.change);
    notes.push(...permissions.notes);
    warnings.push(...permissions.warnings);
  }

  const post = about ? comparePost(about, desired.description, desired.key) : null;
  const keptDescription = post === 'edited' && !options.force && !privacyChanged;
  if (keptDescription) kept.push({ field: 'description', forum: null, path: `/t/${observed.aboutTopicId}` });
  else if (about && post) {
    const change = postChange('description', post, about.raw, desired.description);
    if (change) changes.push(change);
    if (post === 'edited')
      notes.push(
        privacyChanged
          ? 'カテゴリの説明（About の投稿）はフォーラムで書き換えられていますが、読める人が変わるため、内容で書き直します（書き換えられた文は編集履歴に残ります）。'
          : 'カテゴリの説明（About の投稿）がフォーラムで書き換えられています。--force のため、内容で上書きします。',
      );
  }

  // The notes in the About post change after the fields they note, in the same run: written last.
  const next = keptName && noted ? { ...record, name: noted.name } : record;
  const describes = changes.some((change) => change.field === 'description');
  // A marker without notes (written before the sync kept them) gets them the next time its post is written anyway.
  if (noted && !describes && !sameCategoryRecord(noted, next))
    changes.push({ field: 'description', detail: '内容は同じです。同期の記録だけ書き直します' });

  const needs = [...(parentMoves && desired.parentKey ? [desired.parentKey] : []), ...(permissions ? groups : [])];
  return {
    ...base,
    record: next,
    observed,
    changes,
    kept,
    notes,
    warnings,
    needs,
    action: kept.length > 0 ? 'conflict' : changes.length > 0 ? 'update' : 'unchanged',
  };
}

/** The groups a category's permissions name: they must exist before it can name them. */
function groupNeeds(desired: DesiredCategory): string[] {
  return Object.keys(desired.permissions)
    .filter((name) => name !== 'everyone')
    .map((name) => `group:${name}`);
}

/**
 * Who may read always follows the content: it is never held back by anything else. Opening a members-only
 * category is said as a warning (and needs --confirm-public to apply, ./guards.ts); a change nobody made in the
 * content was made on the forum, and is undone with a note.
 */
function permissionsChange(observed: ObservedCategory, desired: DesiredCategory, contentUnchanged: boolean) {
  if (permissionsMatch(observed, desired.permissions)) return null;
  const from = observed.permissions
    ? describePermissions(observed.permissions)
    : observed.readRestricted
      ? '限定'
      : '公開';
  return {
    change: { field: 'permissions', from, to: describePermissions(desired.permissions) } as const,
    warnings: opensToEveryone(observed, desired.permissions) ? [opensWarning] : [],
    notes: contentUnchanged
      ? [`フォーラムで読める人が「${from}」に変えられていました。読める人は内容で決めるので、内容どおりに戻します。`]
      : [],
  };
}

const opensWarning =
  '参加した人だけの部屋を、だれでも読めるようにします。これまでの投稿もすべて、ログインしていない人を含めてだれでも読めるようになります。';

function addressWarning(what: string): string {
  return `${what}。サイトのリンクは新しい URL になりますが、古い URL（印刷したチラシの QR コードなど）は開けなくなります。`;
}
