import { formatProblem, problemAt } from '../../lib/problem.ts';
import { ForumError } from '../discourse/http/errors.ts';
import { readFirstPosts } from '../discourse/read/first-posts.ts';
import type { Found, ItemSummary, ObservedCategory, ObservedPost, PlanItem } from '../core/types.ts';
import { createNewCategory, newDescription, updateCategory, writeDescription } from './category.ts';
import { ItemFailure, type ApplyContext, type NewCategory } from './context.ts';
import { createGroup, renameGroup } from './group.ts';
import { closeOrphan, createTopic, updateTopic } from './topic.ts';

/**
 * What became of an item: `planned` in a dry run, the rest when applying. `blocked`: not applied, because of a
 * problem found before writing or because an item it waits for was not applied.
 */
export type Outcome =
  'planned' | 'created' | 'updated' | 'unchanged' | 'skipped' | 'pruned' | 'closed' | 'blocked' | 'failed';

export interface ItemResult<Item extends ItemSummary = PlanItem> {
  item: Item;
  outcome: Outcome;
  /** Staff-facing reason of a failure, as `file field — message` (the checker's format) when a content field is to blame. */
  error?: string;
}

export interface AppliedPlan {
  /** The items carried out, each with its outcome. */
  results: ItemResult[];
  /**
   * The creates that found their item already on the forum. They have no result yet: what the forum holds is
   * compared by the plan, and the items it gives are applied in turn (../command/sync.ts).
   */
  found: Found[];
}

/** Items not to apply, by key, with why: the problems found before writing. */
export type Blocked = ReadonlyMap<string, string>;

/**
 * New categories waiting for their description at most: one page of the latest posts holds the About posts of
 * this many, so their ids cost one read instead of one each.
 */
const descriptionsPerRead = 50;

/** The outcome of each item when nothing is written; what waits for a blocked item is blocked too. */
export function dryRun(items: PlanItem[], blocked: Blocked = new Map()): ItemResult[] {
  const held = new Map<string, string>();
  return items.map((item): ItemResult => {
    const reason = blocked.get(item.key) ?? waitingFor(item, held);
    if (reason === undefined) return { item, outcome: dryOutcome(item) };
    held.set(item.key, item.label);
    return { item, outcome: 'blocked', error: reason };
  });
}

/** Why an item waits, when an item it needs is not applied (labels of those by key). */
function waitingFor(item: PlanItem, notApplied: ReadonlyMap<string, string>): string | undefined {
  const labels = item.needs.flatMap((key) => notApplied.get(key) ?? []);
  return labels.length > 0
    ? `「${labels.join('」「')}」を反映できないため、これも今のままにします（そちらを直すと、次の同期でいっしょに反映します）。`
    : undefined;
}

function dryOutcome(item: PlanItem): Outcome {
  if (item.action === 'create' || item.action === 'update') return 'planned';
  if (item.action === 'orphaned' || item.action === 'conflict') return item.changes.length > 0 ? 'planned' : 'skipped';
  return 'unchanged';
}

/** A category create waiting for its About post to be read: made (its description still to write), found, or failed. */
type CreatedCategory =
  { item: NewCategory; category: ObservedCategory; found: boolean } | { item: NewCategory; failed: ItemResult };

/**
 * Applies the plan item by item, in order (groups, then parents before children, categories before topics).
 * One item's failure does not stop the others, only the items that wait for it (`needs`); losing the forum (bad
 * key, unreachable, still failing after retries) does, since every later request would fail the same way.
 * Whatever was done stays consistent: the next run finds it, a new category still holding Discourse's
 * placeholder description included.
 */
export async function applyPlan(
  items: PlanItem[],
  context: ApplyContext,
  blocked: Blocked,
  onDone: (result: ItemResult) => void = () => {},
): Promise<AppliedPlan> {
  const results: ItemResult[] = [];
  const found: { item: PlanItem; found: Found }[] = [];
  /** Labels of the items not applied, by key: what waits for them is not applied either. */
  const notApplied = new Map<string, string>();
  let stoppedBy: string | null = null;
  const done = (result: ItemResult) => {
    if (result.outcome === 'failed' || result.outcome === 'blocked') notApplied.set(result.item.key, result.item.label);
    results.push(result);
    onDone(result);
  };
  const failure = (item: PlanItem, error: unknown): ItemResult => {
    if (forumLost(error)) stoppedBy = 'フォーラムとのやりとりが止まったため';
    notApplied.set(item.key, item.label);
    return { item, outcome: 'failed', error: describeFailure(item, error) };
  };
  /** Once the forum is lost, every later item fails alike without a request; a blocked item is not tried. */
  const notRun = (item: PlanItem): ItemResult | null => {
    if (stoppedBy) return { item, outcome: 'failed', error: `実行しませんでした（${stoppedBy}）` };
    const reason = blocked.get(item.key) ?? waitingFor(item, notApplied);
    return reason === undefined ? null : { item, outcome: 'blocked', error: reason };
  };
  const attempt = async (item: PlanItem, action: () => Promise<Outcome | Found>): Promise<void> => {
    const skipped = notRun(item);
    if (skipped) return done(skipped);
    try {
      const outcome = await action();
      if (typeof outcome === 'string') done({ item, outcome });
      else found.push({ item, found: outcome });
    } catch (error) {
      done(failure(item, error));
    }
  };

  const created: CreatedCategory[] = [];
  const createCategory = async (item: NewCategory): Promise<CreatedCategory> => {
    const skipped = notRun(item);
    if (skipped) {
      notApplied.set(item.key, item.label);
      return { item, failed: skipped };
    }
    try {
      return { item, ...(await createNewCategory(item, context)) };
    } catch (error) {
      return { item, failed: failure(item, error) };
    }
  };
  const describeCreated = async () => {
    const waiting = created.flatMap((entry) =>
      'category' in entry && entry.category.aboutTopicId !== null ? [entry.category.aboutTopicId] : [],
    );
    let abouts = new Map<number, ObservedPost>();
    if (waiting.length > 0 && !stoppedBy) {
      try {
        abouts = (await readFirstPosts(context.api, waiting)).found;
      } catch (error) {
        if (!(error instanceof ForumError)) throw error;
        // Losing the forum fails every waiting description alike; a refused list leaves them to be read one by one.
        if (forumLost(error)) {
          for (const [index, entry] of created.entries())
            if (!('failed' in entry)) created[index] = { item: entry.item, failed: failure(entry.item, error) };
        }
      }
    }
    for (const entry of created) {
      if ('failed' in entry) done(entry.failed);
      else await attempt(entry.item, () => finishCategory(entry, abouts, context));
    }
    created.length = 0;
  };

  for (const item of items) {
    if (item.kind === 'category' && item.action === 'create') {
      created.push(await createCategory(item));
      if (created.length >= descriptionsPerRead) await describeCreated();
      continue;
    }
    await describeCreated();
    await attempt(item, () => applyItem(item, context));
  }
  await describeCreated();
  // Without the forum, what was found cannot be brought up to date either.
  const unfinished = found.flatMap((entry) => notRun(entry.item) ?? []);
  unfinished.forEach(done);
  return { results, found: unfinished.length > 0 ? [] : found.map((entry) => entry.found) };
}

/** Writes a new category's description over Discourse's placeholder; a category found instead goes back to the plan. */
async function finishCategory(
  entry: { item: NewCategory; category: ObservedCategory; found: boolean },
  abouts: ReadonlyMap<number, ObservedPost>,
  context: ApplyContext,
): Promise<Outcome | Found> {
  const { aboutTopicId } = entry.category;
  const about =
    aboutTopicId === null ? null : (abouts.get(aboutTopicId) ?? (await context.api.firstPost(aboutTopicId)));
  if (entry.found) return { kind: 'category', desired: entry.item.desired, observed: { ...entry.category, about } };
  if (about) await writeDescription(entry.item.desired, about, newDescription(entry.item, context.revision), context);
  return 'created';
}

async function applyItem(item: Exclude<PlanItem, NewCategory>, context: ApplyContext): Promise<Outcome | Found> {
  switch (item.action) {
    case 'unchanged':
      return 'unchanged';
    case 'orphaned':
      if (item.kind === 'category' || item.changes.length === 0) return 'skipped';
      await closeOrphan(item, context);
      return item.changes.some((change) => change.field === 'visible') ? 'pruned' : 'closed';
    case 'create':
      return item.kind === 'group' ? createGroup(item, context) : createTopic(item, context);
    case 'update':
    case 'conflict':
      if (item.kind === 'group') return renameGroup(item, context);
      if (item.kind === 'category') return updateCategory(item, context);
      return item.observed === null ? 'skipped' : updateTopic({ ...item, observed: item.observed }, context);
  }
}

/** The forum itself is gone (bad key, unreachable, still failing after retries): later requests would fail alike. */
function forumLost(error: unknown): boolean {
  return (
    error instanceof ForumError &&
    (error.kind === 'credentials' || error.kind === 'unreachable' || error.kind === 'gave-up')
  );
}

function describeFailure(item: PlanItem, error: unknown): string {
  if (!(error instanceof ItemFailure || error instanceof ForumError))
    return `予期しないエラー: ${error instanceof Error ? error.message : String(error)}`;
  const origin =
    (error instanceof ItemFailure ? error.origin : null) ?? (item.file ? { file: item.file, place: [] } : null);
  return origin ? formatProblem(problemAt(origin, error.message)) : error.message;
}
