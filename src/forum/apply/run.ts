import { ForumError } from '../http/errors.ts';
import type { PlanItem } from '../types.ts';
import { applyCategory } from './category.ts';
import { ItemFailure, type ApplyContext } from './context.ts';
import { applyGroup } from './group.ts';
import { applyTopic, pruneTopic } from './topic.ts';

/** What became of an item: `planned` in a dry run, the rest when applying. */
export type Outcome = 'planned' | 'created' | 'updated' | 'unchanged' | 'skipped' | 'pruned' | 'failed';

export interface ItemResult {
  item: PlanItem;
  outcome: Outcome;
  /** Staff-facing reason of a failure, as `file field — message` when a content field is to blame. */
  error?: string;
}

/** The outcome of each item when nothing is written. */
export function dryRun(items: PlanItem[], prune: boolean): ItemResult[] {
  return items.map((item) => ({ item, outcome: dryOutcome(item, prune) }));
}

function dryOutcome(item: PlanItem, prune: boolean): Outcome {
  if (item.action === 'create' || item.action === 'update') return 'planned';
  if (item.action === 'orphaned') return prune && item.changes.length > 0 ? 'planned' : 'skipped';
  return item.action === 'unchanged' ? 'unchanged' : 'skipped';
}

/**
 * Applies the plan item by item, in order (parents before children, categories before topics). One item's
 * failure does not stop the others; losing the forum (bad key, unreachable, still failing after retries) does,
 * since every later request would fail the same way. Whatever was done stays consistent: the next run finds it.
 */
export async function applyPlan(items: PlanItem[], context: ApplyContext, onDone: (result: ItemResult) => void = () => {}): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  let stoppedBy: string | null = null;
  for (const item of items) {
    const result: ItemResult = stoppedBy
      ? { item, outcome: 'failed', error: `実行しませんでした（${stoppedBy}）` }
      : await applyItem(item, context).catch((error: unknown) => {
          if (error instanceof ForumError && (error.kind === 'credentials' || error.kind === 'unreachable' || error.kind === 'gave-up')) {
            stoppedBy = 'フォーラムとのやりとりが止まったため';
          }
          return { item, outcome: 'failed' as const, error: describeFailure(item, error) };
        });
    results.push(result);
    onDone(result);
  }
  return results;
}

async function applyItem(item: PlanItem, context: ApplyContext): Promise<ItemResult> {
  switch (item.action) {
    case 'unchanged':
      return { item, outcome: 'unchanged' };
    case 'conflict':
      return { item, outcome: 'skipped' };
    case 'orphaned':
      if (!context.options.prune || item.changes.length === 0 || !item.observedTopic) return { item, outcome: 'skipped' };
      await pruneTopic(item, context);
      return { item, outcome: 'pruned' };
    default:
      if (item.kind === 'group') return { item, outcome: await applyGroup(item, context) };
      return { item, outcome: item.kind === 'category' ? await applyCategory(item, context) : await applyTopic(item, context) };
  }
}

function describeFailure(item: PlanItem, error: unknown): string {
  if (error instanceof ItemFailure) {
    const origin = error.origin ?? (item.file ? { file: item.file, field: '' } : null);
    return origin ? `${origin.file}${origin.field ? ` ${origin.field}` : ''} — ${error.message}` : error.message;
  }
  if (error instanceof ForumError) return item.file ? `${item.file} — ${error.message}` : error.message;
  return `予期しないエラー: ${error instanceof Error ? error.message : String(error)}`;
}
