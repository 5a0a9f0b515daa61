import { defaultStatus, lineCount, notYetMade, postChange, sameTitle, squashTitle, statusChanges } from './changes.ts';
import { comparePost, readMarker } from './marker.ts';
import type { CategoryRef } from './match.ts';
import { digest, pinHolds, readTopicRecord, sameTopicRecord, topicRecordOf } from './record.ts';
import { cleanTitle, titleRules } from './title.ts';
import type {
  DeletedTopic,
  DesiredTopic,
  Kept,
  ObservedTopic,
  PlanOptions,
  StatusChange,
  TopicChange,
  TopicItem,
  TopicRecord,
  TopicStatus,
} from './types.ts';

/*
 * The plan item for a desired topic and what the forum holds of it, field by field. A moderator's edit of the
 * body, the title, the pin, closing or unlisting is kept (and reported), and everything else still applies.
 * What keeps people safe is never held back: an announcement is always closed and unpinned when the content says
 * so, and when the facts the post promises change (an event cancelled or moved, a room's readers changed) the
 * content's title and text replace the moderator's, whose words stay in the post's history.
 */

export function planTopic(
  desired: DesiredTopic,
  observed: ObservedTopic | undefined,
  categories: ReadonlyMap<string, CategoryRef>,
  options: PlanOptions,
): TopicItem {
  const title = cleanTitle(desired.title, titleRules(options.settings));
  const record = topicRecordOf(title, desired.status, desired.facts);
  const base = {
    kind: desired.kind,
    key: desired.key,
    file: desired.file,
    label: desired.title,
    desired,
    record,
    warnings: [],
    needs: desired.groups.map((group) => `group:${group}`),
  } satisfies Partial<TopicItem>;
  const category = categories.get(desired.categoryKey);
  if (!observed) {
    const changes: TopicChange[] = [
      { field: 'title', to: title },
      { field: 'category', to: category?.slug ?? notYetMade },
      { field: 'body', detail: `${lineCount(desired.raw)} 行` },
      ...statusChanges(defaultStatus, desired.status),
    ];
    return { ...base, action: 'create', changes, kept: [], notes: [] };
  }

  const marker = readMarker(observed.firstPost.raw).marker;
  const noted = marker ? readTopicRecord(marker.fields) : null;
  const factsChanged = noted !== null && noted.facts !== record.facts;
  const override = options.force || factsChanged;
  const path = `/t/${observed.id}`;
  const changes: TopicChange[] = [];
  const kept: Kept[] = [];
  const notes: string[] = [];
  const keep = (field: Kept['field'], forum: string | null = null) => kept.push({ field, forum, path });

  const titleByHand =
    !sameTitle(observed.title, title) && noted !== null && noted.title !== digest(squashTitle(observed.title));
  const keptTitle = titleByHand && !override;
  if (keptTitle) keep('title', observed.title);
  else if (!sameTitle(observed.title, title)) changes.push({ field: 'title', from: observed.title, to: title });
  if (!category || category.id !== observed.categoryId)
    changes.push({ field: 'category', from: observed.categoryId, to: category?.slug ?? notYetMade });
  const post = comparePost(observed.firstPost, desired.raw, desired.key);
  if (post === 'edited' && !override) keep('body');
  else {
    const bodyChange = postChange('body', post, observed.firstPost.raw, desired.raw);
    if (bodyChange) changes.push(bodyChange);
  }
  if (post === 'edited' || titleByHand)
    if (factsChanged) notes.push(factsNote(desired));
    else if (options.force)
      notes.push('題名か最初の投稿が、フォーラムで直されています。--force のため、内容で上書きします。');

  // An announcement moved to another day is pinned again to show it; a welcome's facts (its readers) need no pin.
  const repin = options.force || (factsChanged && desired.kind === 'event');
  const status = planStatus(observed.status, desired.status, noted, { ...options, repin });
  changes.push(...status.changes);
  for (const field of status.kept) keep(field);
  notes.push(...status.notes);

  // The notes in the marker change after what they note (status writes come first, ../apply/topic.ts).
  const next: TopicRecord = noted
    ? {
        ...record,
        title: keptTitle ? noted.title : record.title,
        pin: status.kept.includes('pinned') ? noted.pin : record.pin,
        closed: status.kept.includes('closed') ? noted.closed : record.closed,
        listed: status.kept.includes('visible') ? noted.listed : record.listed,
      }
    : record;
  const writesPost = changes.some((change) => change.field === 'title' || change.field === 'body');
  // A marker without notes (written before the sync kept them) gets them the next time its post is written anyway.
  if (noted && !writesPost && !sameTopicRecord(noted, next, options.now))
    changes.push({ field: 'body', detail: '内容は同じです。同期の記録だけ書き直します' });

  const action = kept.length > 0 ? 'conflict' : changes.length > 0 ? 'update' : 'unchanged';
  return { ...base, record: next, observed, changes, kept, notes, action };
}

function factsNote(desired: DesiredTopic): string {
  const what = desired.kind === 'event' ? '開催・日時・場所' : 'この部屋を読める人';
  return `フォーラムで題名か本文が直されていますが、${what}が変わったため、内容で書き直します（直された文は投稿の編集履歴に残ります）。`;
}

/**
 * Pin, closing and listing, one by one. The direction that protects people (unpinning, closing) always applies.
 * The other one yields to a moderator: a topic they unpinned, closed or unlisted (the forum differs from what
 * the sync noted it set) stays so, unless --force; a pin also comes back when the facts changed (`repin`), to
 * show the new date.
 */
function planStatus(
  observed: TopicStatus,
  desired: TopicStatus,
  noted: TopicRecord | null,
  options: Pick<PlanOptions, 'force' | 'now'> & { repin: boolean },
) {
  const changes: StatusChange[] = [];
  const kept: ('pinned' | 'closed' | 'visible')[] = [];
  const notes: string[] = [];
  for (const change of statusChanges(observed, desired)) {
    if (change.field === 'pinned') {
      const unpinnedByHand = desired.pinned && !observed.pinned && noted !== null && pinHolds(noted.pin, options.now);
      if (unpinnedByHand && !options.repin) kept.push('pinned');
      else {
        changes.push(change);
        if (!desired.pinned && noted !== null && !pinHolds(noted.pin, options.now))
          notes.push('フォーラムで上に固定されていましたが、内容では固定しないので外します。');
      }
    } else if (change.field === 'closed') {
      if (!desired.closed && noted?.closed === false && !options.force) kept.push('closed');
      else changes.push(change);
    } else if (desired.visible && noted?.listed === true && !options.force) kept.push('visible');
    else changes.push(change);
  }
  return { changes, kept, notes };
}

/** The item for a managed topic a moderator deleted, found when its create was refused (../apply/topic.ts). */
export function deletedTopic(desired: DesiredTopic): DeletedTopic {
  return {
    kind: desired.kind,
    key: desired.key,
    file: desired.file,
    label: desired.title,
    desired,
    action: 'conflict',
    observed: null,
    changes: [],
    kept: [{ field: 'topic', forum: null, path: null }],
    warnings: [],
    needs: [],
    notes: [
      `この話題（フォーラムでの識別子 ${desired.externalId}）は、フォーラムで削除されています。削除した人の判断を尊重して、作り直しません。` +
        '管理者かモデレーターは、削除された話題を開いて「元に戻す」を押せます（次の同期からまた内容に合わせます）。' +
        '作り直すときは、削除した理由を確かめてから npm run sync -- --apply --recreate-deleted を実行してください（新しい識別子で作ります）。',
    ],
  };
}
