import type { LineLookup } from '../../checker/problem.ts';
import type { ContentSet } from '../../model/entry.ts';
import { DiscourseApi } from '../discourse/api.ts';
import { applyPlan, dryRun, type ItemResult } from '../apply/run.ts';
import type { SyncConfig } from './config.ts';
import { desiredState } from '../core/desired.ts';
import { ForumClient } from '../discourse/http/client.ts';
import { createPacer } from '../discourse/http/pacer.ts';
import { matchCategories } from '../core/match.ts';
import { observe } from '../discourse/observe.ts';
import { estimatedRequests, makePlan, type Only } from '../core/plan.ts';
import type { Progress } from './progress.ts';
import { formatDuration } from './progress.ts';
import type { RunSummary } from './report.ts';
import { calendarAvailable, type ForumSettings } from '../core/settings.ts';
import { validateDesired } from '../core/validate.ts';

export interface SyncOptions {
  apply: boolean;
  force: boolean;
  prune: boolean;
  only: Only | null;
  /** The moment the content is synced for (events pin until they start, close when they end). */
  now: Date;
  /** Where each content field was written, so the forum's refusals point at lines. */
  lineOf?: LineLookup;
}

/**
 * One run: read the forum, work out the desired state and the plan, check it against the forum's limits,
 * and apply it when asked and nothing would be refused. Losing the forum altogether throws a ForumError.
 */
export async function syncForum(content: ContentSet, config: SyncConfig, options: SyncOptions, progress: Progress): Promise<RunSummary> {
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

  // The bodies depend on whether the forum has the calendar on, so the desired state waits for its settings.
  const calendarOn = (settings: ForumSettings) => content.site.forum.calendarEvents && (settings.source === 'defaults' || calendarAvailable(settings));
  const { desired, observed, settings, notices } = await observe(
    api,
    (settings) => desiredState(content, { now: options.now, calendar: calendarOn(settings) }),
    options.only,
    config.apiUsername,
  );
  if (content.site.forum.calendarEvents && !calendarOn(settings)) {
    notices.push('フォーラムでカレンダー（calendar_enabled と discourse_post_event_enabled）が有効でないため、[event] は書きません。');
  }
  if (settings.source === 'defaults') notices.push('フォーラムの設定を読めなかったため、Discourse の初期値で確かめました。');
  const planOptions = { force: options.force, prune: options.prune, only: options.only, settings };
  const items = makePlan(desired, observed, planOptions);
  const problems = validateDesired(desired, { settings, observed, lineOf: options.lineOf });
  const requests = items.reduce((sum, item) => sum + estimatedRequests(item, options.prune), 0);

  let results: ItemResult[];
  if (!options.apply || problems.length > 0) {
    results = dryRun(items, options.prune);
    if (!options.apply && requests > 0) {
      const seconds = Math.ceil((requests * 60) / config.perMinute);
      notices.push(`反映すると、フォーラムへのリクエストはおよそ ${requests} 回です（1 分に ${config.perMinute} 回までの速さで、約 ${formatDuration(seconds)}）。`);
    }
  } else {
    const categories = new Map(
      [...matchCategories(desired.categories, observed.categories)].map(([key, category]) => [key, { id: category.id, slug: category.slug }]),
    );
    Object.assign(applying, { active: true, total: items.length, remaining: requests });
    results = await applyPlan(items, { api, categories, options: planOptions }, (result) => {
      applying.done++;
      applying.remaining = Math.max(0, applying.remaining - estimatedRequests(result.item, options.prune));
    });
  }
  return {
    forum: config.url,
    applied: options.apply && problems.length === 0,
    reads: client.reads,
    writes: client.writes,
    results,
    problems,
    notices,
    seconds: (performance.now() - started) / 1000,
  };
}
