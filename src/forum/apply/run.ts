import { problemAt } from '../../checker/problem.ts';
import { formatProblem } from '../../checker/report.ts';
import { ForumError } from '../discourse/http/errors.ts';
import { readFirstPosts } from '../discourse/read/first-posts.ts';
import type { DesiredCategory, ObservedPost, PlanItem } from '../core/types.ts';
import { createNewCategory, updateCategory, writeDescription } from './category.ts';
import { ItemFailure, type ApplyContext } from './context.ts';
import { applyGroup } from './group.ts';
import { applyTopic, pruneTopic } from './topic.ts';

/** What became of an item: `planned` in a dry run, the rest when applying. */
export type Outcome = 'planned' | 'created' | 'updated' | 'unchanged' | 'skipped' | 'pruned' | 'failed';

export interface ItemResult {
  item: PlanItem;
  outcome: Outcome;
  /** Staff-facing reason of a failure, as `file field — message` (the checker's format) when a content field is to blame. */
  error?: string;
}

/**
 * New categories waiting for their description at most: one page of the latest posts holds the About posts of
 * this many, so their ids cost one read instead of one each.
 */
const descriptionsPerRead = 50;

/** The outcome of each item when nothing is written. */
export function dryRun(items: PlanItem[], prune: boolean): ItemResult[] {
  return items.map((item) => ({ item, outcome: dryOutcome(item, prune) }));
}

function dryOutcome(item: PlanItem, prune: boolean): Outcome {
  if (item.action === 'create' || item.action === 'update') return 'planned';
  if (item.action === 'orphaned') return prune && item.changes.length > 0 ? 'planned' : 'skipped';
  return item.action === 'unchanged' ? 'unchanged' : 'skipped';
}

/** A created category whose description is still to be written (or the failure that stopped it). */
interface NewCategory {
  item: PlanItem;
  aboutTopicId: number | null;
  failed?: ItemResult;
}

/**
 * Applies the plan item by item, in order (parents before children, categories before topics). One item's
 * failure does not stop the others; losing the forum (bad key, unreachable, still failing after retries) does,
 * since every later request would fail the same way. Whatever was done stays consistent: the next run finds it,
 * a new category still holding Discourse's placeholder description included.
 */
export async function applyPlan(items: PlanItem[], context: ApplyContext, onDone: (result: ItemResult) => void = () => {}): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  let stoppedBy: string | null = null;
  const attempt = async (item: PlanItem, action: () => Promise<Outcome>): Promise<ItemResult> => {
    if (stoppedBy) return { item, outcome: 'failed', error: `実行しませんでした（${stoppedBy}）` };
    try {
      return { item, outcome: await action() };
    } catch (error) {
      if (forumLost(error)) stoppedBy = 'フォーラムとのやりとりが止まったため';
      return { item, outcome: 'failed', error: describeFailure(item, error) };
    }
  };
  const done = (result: ItemResult) => {
    results.push(result);
    onDone(result);
  };

  const created: NewCategory[] = [];
  const describeCreated = async () => {
    const waiting = created.flatMap((entry) => (entry.failed || entry.aboutTopicId === null ? [] : [entry.aboutTopicId]));
    let abouts = new Map<number, ObservedPost>();
    if (waiting.length > 0 && !stoppedBy) {
      try {
        abouts = await readFirstPosts(context.api, waiting);
      } catch (error) {
        if (!(error instanceof ForumError)) throw error;
        // Losing the forum fails every waiting description alike; a refused list leaves them to be read one by one.
        if (forumLost(error)) {
          stoppedBy = 'フォーラムとのやりとりが止まったため';
          for (const entry of created) entry.failed ??= { item: entry.item, outcome: 'failed', error: describeFailure(entry.item, error) };
        }
      }
    }
    for (const entry of created) {
      done(entry.failed ?? (await attempt(entry.item, () => describe(entry, abouts, context))));
    }
    created.length = 0;
  };

  for (const item of items) {
    if (item.kind === 'category' && item.action === 'create') {
      const entry: NewCategory = { item, aboutTopicId: null };
      const result = await attempt(item, async () => {
        entry.aboutTopicId = await createNewCategory(item, context);
        return 'created';
      });
      if (result.outcome === 'failed') entry.failed = result;
      created.push(entry);
      if (created.length >= descriptionsPerRead) await describeCreated();
      continue;
    }
    await describeCreated();
    done(await attempt(item, () => applyItem(item, context)));
  }
  await describeCreated();
  return results;
}

/** Writes a new category's description over Discourse's placeholder. */
async function describe(entry: NewCategory, abouts: ReadonlyMap<number, ObservedPost>, context: ApplyContext): Promise<Outcome> {
  if (entry.aboutTopicId === null) return 'created';
  const about = abouts.get(entry.aboutTopicId) ?? (await context.api.firstPost(entry.aboutTopicId));
  await writeDescription(entry.item.desired as DesiredCategory, about, context);
  return 'created';
}

async function applyItem(item: PlanItem, context: ApplyContext): Promise<Outcome> {
  switch (item.action) {
    case 'unchanged':
      return 'unchanged';
    case 'conflict':
      return 'skipped';
    case 'orphaned':
      if (!context.options.prune || item.changes.length === 0 || !item.observedTopic) return 'skipped';
      await pruneTopic(item, context);
      return 'pruned';
    default:
      if (item.kind === 'group') return applyGroup(item, context);
      return item.kind === 'category' ? updateCategory(item, context) : applyTopic(item, context);
  }
}

/** The forum itself is gone (bad key, unreachable, still failing after retries): later requests would fail alike. */
function forumLost(error: unknown): boolean {
  return error instanceof ForumError && (error.kind === 'credentials' || error.kind === 'unreachable' || error.kind === 'gave-up');
}

function describeFailure(item: PlanItem, error: unknown): string {
  if (!(error instanceof ItemFailure || error instanceof ForumError)) return `予期しないエラー: ${error instanceof Error ? error.message : String(error)}`;
  const origin = (error instanceof ItemFailure ? error.origin : null) ?? (item.file ? { file: item.file, place: [] } : null);
  return origin ? formatProblem(problemAt(origin, error.message)) : error.message;
}
