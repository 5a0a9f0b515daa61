import { formatProblem, type LineLookup } from '../../lib/problem.ts';
import type { ContentSet } from '../../model/entry.ts';
import { applyPlan, dryRun, type Blocked, type ItemResult } from '../apply/run.ts';
import type { ApplyContext } from '../apply/context.ts';
import { desiredState } from '../core/desired.ts';
import { matchCategories } from '../core/match.ts';
import { estimatedRequests, makePlan, planFound } from '../core/plan.ts';
import { writesCalendarBlocks } from '../core/settings.ts';
import { forumRevisions, guardPlan } from '../core/guards.ts';
import type { DesiredState, ItemProblem, Only, PlanItem, PlanOptions } from '../core/types.ts';
import { validateDesired } from '../core/validate.ts';
import { DiscourseApi } from '../discourse/api.ts';
import { ForumClient } from '../discourse/http/client.ts';
import { createPacer } from '../discourse/http/pacer.ts';
import { observe } from '../discourse/observe.ts';
import { readForumSettings } from '../discourse/read/settings.ts';
import type { SyncConfig } from './config.ts';
import type { LocalRevision } from './revision.ts';
import { formatDuration, type Progress } from './progress.ts';
import type { RunSummary } from './report.ts';

export interface SyncOptions {
  apply: boolean;
  force: boolean;
  prune: boolean;
  only: Only | null;
  /** --confirm-public: members-only rooms may be opened to everyone. */
  confirmPublic: boolean;
  /** --recreate-deleted: managed topics a moderator deleted are made again. */
  recreateDeleted: boolean;
  /** Which copy of the content this is (./revision.ts). */
  revision: LocalRevision;
  /** The moment the content is synced for (events pin until they start, close when they end). */
  now: Date;
  /** Where each content field was written, so the forum's refusals point at lines. */
  lineOf?: LineLookup;
}

/**
 * One run, step by step: read the forum's settings, work out the desired state for them, read what the forum
 * holds of it, plan, check the plan against the forum's limits and the guards (./../core/guards.ts), and apply it
 * when asked. A problem stops only the items it concerns (and those that wait for them); everything else is
 * applied. Losing the forum altogether throws a ForumError.
 */
export async function syncForum(
  content: ContentSet,
  config: SyncConfig,
  options: SyncOptions,
  progress: Progress,
): Promise<RunSummary> {
  const started = performance.now();
  const applying = { done: 0, total: 0, remaining: 0, active: false };
  const client: ForumClient = new ForumClient({
    baseUrl: config.url,
    apiKey: config.apiKey,
    apiUsername: config.apiUsername,
    pacer: createPacer({ perMinute: config.perMinute, timeScale: config.timeScale }),
    // Every request refreshes the terminal's status line: reading first, then applying item by item.
    onRequest: () =>
      applying.active
        ? progress.applying(applying.done, applying.total, client.reads + client.writes, applying.remaining)
        : progress.reading(client.reads),
  });
  const api = new DiscourseApi(client);

  const settings = await readForumSettings(api);
  const calendar = writesCalendarBlocks(content.site.forum.calendarEvents, settings);
  const desired = desiredState(content, { now: options.now, calendar });
  const { observed, notices } = await observe(api, desired, {
    settings,
    only: options.only,
    apiUsername: config.apiUsername,
  });
  if (content.site.forum.calendarEvents && !calendar) {
    notices.push(
      'フォーラムでカレンダー（calendar_enabled と discourse_post_event_enabled）が有効でないため、[event] は書きません。',
    );
  }
  if (settings.source === 'defaults')
    notices.push('フォーラムの設定を読めなかったため、Discourse の初期値で確かめました。');
  notices.push(...offForumNotices(desired.offForum));
  const planOptions: PlanOptions = {
    force: options.force,
    prune: options.prune,
    only: options.only,
    settings,
    now: options.now,
  };
  const items = makePlan(desired, observed, planOptions);
  // With --only, a problem of an item out of scope is no concern of this run.
  const inScope = new Set(items.map((item) => item.key));
  const allProblems = [
    ...validateDesired(desired, { settings, observed, lineOf: options.lineOf }),
    ...guardPlan(items, {
      confirmPublic: options.confirmPublic,
      force: options.force,
      newerRevisions: await options.revision.newer(forumRevisions(observed)),
      lineOf: options.lineOf,
    }),
  ];
  const problems = allProblems.filter(({ keys }) => keys.some((key) => inScope.has(key)));
  const blocked = blockedItems(problems);
  const requests = items.reduce((sum, item) => sum + (blocked.has(item.key) ? 0 : estimatedRequests(item)), 0);

  let results: ItemResult[];
  if (!options.apply) {
    results = dryRun(items, blocked);
    if (!options.apply && requests > 0) {
      const seconds = Math.ceil((requests * 60) / config.perMinute);
      notices.push(
        `反映すると、フォーラムへのリクエストはおよそ ${requests} 回です（1 分に ${config.perMinute} 回までの速さで、約 ${formatDuration(seconds)}）。`,
      );
    }
  } else {
    const categories = new Map(
      [...matchCategories(desired.categories, observed.categories)].map(([key, category]) => [
        key,
        { id: category.id, slug: category.slug },
      ]),
    );
    Object.assign(applying, { active: true, total: items.length, remaining: requests });
    const context = {
      api,
      categories,
      revision: options.revision.text,
      recreateDeleted: options.recreateDeleted,
    };
    results = await applyAll(items, context, planOptions, blocked, (result) => {
      applying.done++;
      applying.remaining = Math.max(0, applying.remaining - estimatedRequests(result.item));
    });
  }
  return {
    forum: config.url,
    applied: options.apply,
    reads: client.reads,
    writes: client.writes,
    results,
    problems: problems.map(({ problem }) => problem),
    notices,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * Applies the plan, then what its creates found already on the forum (an earlier attempt whose answer was lost
 * did land). Applying only carries out plan items; whatever a create finds is compared here by the plan's own
 * rules (planFound), exactly as if the forum had held it when read, and the items that gives are applied in
 * turn. Those compare something that exists, so they never create and the loop ends after one more round.
 */
async function applyAll(
  items: PlanItem[],
  context: ApplyContext,
  options: PlanOptions,
  blocked: Blocked,
  onDone: (result: ItemResult) => void,
): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  for (let pending = items; pending.length > 0;) {
    const applied = await applyPlan(pending, context, blocked, onDone);
    results.push(...applied.results);
    pending = applied.found.map((found) => planFound(found, context.categories, options));
  }
  return results;
}

/** Rooms that join elsewhere only (a chat app, a registration page) and their events are left off the forum: say so. */
function offForumNotices({ rooms, events }: DesiredState['offForum']): string[] {
  return [
    ...rooms.map(
      (room) =>
        `部屋「${room.data.name}」（${room.file}）はフォーラムの入り口がないため、フォーラムには何も作りません。`,
    ),
    ...events.map(
      (event) =>
        `交流会「${event.data.title}」（${event.file}）は、フォーラムにある部屋で開かないため、フォーラムにはお知らせを出しません。`,
    ),
  ];
}

/** The items the problems stop, each with its problems said as staff read them. */
function blockedItems(problems: readonly ItemProblem[]): Blocked {
  const blocked = new Map<string, string[]>();
  for (const { problem, keys } of problems)
    for (const key of keys) blocked.set(key, [...(blocked.get(key) ?? []), formatProblem(problem)]);
  return new Map([...blocked].map(([key, reasons]) => [key, reasons.join('\n')]));
}
