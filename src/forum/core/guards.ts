import { problemAt, type LineLookup } from '../../lib/problem.ts';
import { opensToEveryone } from './changes.ts';
import { readMarker } from './marker.ts';
import { revisionOf } from './record.ts';
import { describeRevision } from './revision.ts';
import type { ItemProblem, ObservedState, Origin, PlanItem } from './types.ts';

/*
 * What the plan may not do without being told to, each stopping only the items it concerns: opening a
 * members-only room to everyone (its past posts become public), and undoing a newer change from an older copy of
 * the content (a colleague's older checkout).
 */

export interface GuardOptions {
  /** --confirm-public: opening members-only rooms was confirmed. */
  confirmPublic: boolean;
  /** --force: the content wins, even when it is older than what the forum was synced from. */
  force: boolean;
  /** Revisions the forum's posts were written from that the local content does not include (../command/revision.ts). */
  newerRevisions: ReadonlySet<string>;
  lineOf?: LineLookup | undefined;
}

export function guardPlan(items: readonly PlanItem[], options: GuardOptions): ItemProblem[] {
  return items.flatMap((item) => [...openingProblems(item, options), ...staleProblems(item, options)]);
}

function openingProblems(item: PlanItem, options: GuardOptions): ItemProblem[] {
  if (options.confirmPublic || item.kind !== 'category' || item.action === 'create' || item.action === 'orphaned')
    return [];
  const opens =
    item.changes.some((change) => change.field === 'permissions') &&
    opensToEveryone(item.observed, item.desired.permissions);
  if (!opens) return [];
  const message =
    'この部屋を「参加した人だけ」から「だれでも読める」に変えると、これまでの投稿もすべて、だれでも読めるようになります。' +
    '投稿した人たちに伝えたうえでよければ、npm run sync -- --apply --confirm-public で反映してください（それまで、この部屋のカテゴリとようこその話題は今のままです）。';
  return [{ problem: problemAt(item.desired.origins.permissions, message, options.lineOf), keys: [item.key] }];
}

/** The revision the forum's copy of an item was written from, when its marker says. */
function forumRevision(item: PlanItem): string | null {
  if (item.kind === 'group' || item.action === 'create' || item.observed === null) return null;
  const raw = item.kind === 'category' ? item.observed.about?.raw : item.observed.firstPost.raw;
  const marker = raw === undefined ? null : readMarker(raw).marker;
  return marker ? revisionOf(marker.fields) : null;
}

function staleProblems(item: PlanItem, options: GuardOptions): ItemProblem[] {
  if (options.force || item.changes.length === 0) return [];
  const revision = forumRevision(item);
  if (revision === null || !options.newerRevisions.has(revision)) return [];
  const origin: Origin = item.file
    ? { file: item.file, place: [] }
    : { file: `（内容にない「${item.label}」）`, place: [] };
  const message =
    `フォーラムのこの項目は、この content/ にない新しい内容（${describeRevision(revision)}）から反映されています。` +
    'ほかの人が新しい内容を反映したあとのようです。git pull などで内容を最新にしてから、もう一度実行してください' +
    '（古い内容で上書きしてよいと確かめたときだけ --force）。';
  return [{ problem: problemAt(origin, message, options.lineOf), keys: [item.key] }];
}

/** Every revision the forum's managed posts say they were written from, for the command to compare with its own. */
export function forumRevisions(observed: ObservedState): string[] {
  const raws = [
    ...observed.categories.flatMap((category) => (category.about ? [category.about.raw] : [])),
    ...observed.topics.map((topic) => topic.firstPost.raw),
  ];
  const revisions = raws.flatMap((raw) => {
    const marker = readMarker(raw).marker;
    const revision = marker ? revisionOf(marker.fields) : null;
    return revision ? [revision] : [];
  });
  return [...new Set(revisions)];
}
