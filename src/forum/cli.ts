import { parseArgs } from 'node:util';
import { loadContent } from '../content/load.ts';
import { contentRoot } from '../content/location.ts';
import type { Problem } from '../content/types.ts';
import { siteNow } from '../site-clock.ts';
import { DiscourseApi } from './api.ts';
import { applyPlan, dryRun, type ItemResult } from './apply/run.ts';
import { readConfig } from './config.ts';
import { desiredState } from './desired.ts';
import { ForumClient } from './http/client.ts';
import { ForumError, scrub } from './http/errors.ts';
import { createPacer } from './http/pacer.ts';
import { observe } from './observe.ts';
import { matchCategories } from './match.ts';
import { estimatedRequests, makePlan, type Only } from './plan.ts';
import { createProgress, formatDuration } from './progress.ts';
import { jsonReport, textReport, type RunSummary } from './report.ts';
import { calendarAvailable } from './settings.ts';
import { validateDesired } from './validate.ts';

export interface SyncIo {
  stdout: (text: string) => void;
  /** Messages and the progress line. */
  stderr: NodeJS.WriteStream | { write: (text: string) => unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** The project folder (content/ is read from here). */
  cwd: string;
}

export const usage = `使い方: npm run sync -- [--apply] [--json] [--only rooms|events] [--force] [--prune]
  （何も付けない）  フォーラムへの変更の計画を表示します。何も書き込みません。
  --apply            計画どおりにフォーラムへ反映します。
  --json             結果を 1 つの JSON で出力します。
  --only rooms       カテゴリとようこその話題だけを扱います。
  --only events      交流会のお知らせだけを扱います。
  --force            フォーラムで編集された投稿（conflict）も、内容で上書きします。
  --prune            内容から消えた話題を、閉じて一覧から外します（消しはしません）。
くわしくは docs/forum-sync.md を見てください。
`;

/** Exit statuses: 0 all done, 1 an item failed, conflicted or the content has problems, 2 the sync could not run. */
export async function runSync(argv: string[], io: SyncIo): Promise<number> {
  let secrets: string[] = [];
  const out = (text: string) => io.stdout(scrub(text, secrets));
  const err = (text: string) => void io.stderr.write(scrub(text, secrets));
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        apply: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        only: { type: 'string' },
        force: { type: 'boolean', default: false },
        prune: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    err(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (args.help) {
    out(usage);
    return 0;
  }
  if (args.only !== undefined && args.only !== 'rooms' && args.only !== 'events') {
    err(`--only には rooms か events を書いてください（「${args.only}」は使えません）。\n`);
    return 2;
  }
  const only = (args.only ?? null) as Only | null;

  const configured = readConfig(io.env);
  if ('problems' in configured) {
    err(`${configured.problems.join('\n')}\n`);
    return 2;
  }
  const { config } = configured;
  secrets = [config.apiKey];

  const loaded = await loadContent(contentRoot(io.cwd), io.cwd);
  const contentErrors = loaded.problems.filter((problem) => problem.severity === 'error');
  if (!loaded.content || contentErrors.length > 0) {
    err(`内容（content/）に直すところがあるため、フォーラムには何もしませんでした。npm run check で確かめてください:\n${contentErrors.map(formatProblem).join('\n')}\n`);
    return 1;
  }
  const content = loaded.content;

  const started = performance.now();
  const progress = createProgress(io.stderr as NodeJS.WriteStream, config.perMinute, config.timeScale);
  const pacer = createPacer({ perMinute: config.perMinute, timeScale: config.timeScale });
  const client = new ForumClient({
    baseUrl: config.url,
    apiKey: config.apiKey,
    apiUsername: config.apiUsername,
    pacer,
    onRequest: () => showProgress(),
  });
  // Reading first, then applying item by item; each request refreshes the terminal's status line.
  const applying = { done: 0, total: 0, remaining: 0, active: false };
  const showProgress = () =>
    applying.active
      ? progress.applying(applying.done, applying.total, client.reads + client.writes, applying.remaining)
      : progress.reading(client.reads);
  const api = new DiscourseApi(client);
  const now = siteNow(io.env);

  try {
    const sketch = desiredState(content, { now, calendar: false });
    const { observed, settings, notices } = await observe(api, sketch, only, config.apiUsername);
    const calendar = content.site.forum.calendarEvents && (settings.source === 'defaults' || calendarAvailable(settings));
    if (content.site.forum.calendarEvents && !calendar) {
      notices.push('フォーラムでカレンダー（calendar_enabled と discourse_post_event_enabled）が有効でないため、[event] は書きません。');
    }
    if (settings.source === 'defaults') notices.push('フォーラムの設定を読めなかったため、Discourse の初期値で確かめました。');
    const desired = desiredState(content, { now, calendar });
    const planOptions = { force: args.force, prune: args.prune, only, settings };
    const items = makePlan(desired, observed, planOptions);
    const problems = validateDesired(desired, { settings, observed });

    let results: ItemResult[];
    if (!args.apply || problems.length > 0) {
      results = dryRun(items, args.prune);
      if (!args.apply && !args.json) {
        const requests = items.reduce((sum, item) => sum + estimatedRequests(item, args.prune), 0);
        notices.push(`反映すると、フォーラムへのリクエストはおよそ ${requests} 回です（1 分に ${config.perMinute} 回までの速さで、約 ${formatDuration(Math.ceil((requests * 60) / config.perMinute))}）。`);
      }
    } else {
      const categories = new Map(
        [...matchCategories(desired.categories, observed.categories)].map(([key, category]) => [key, { id: category.id, slug: category.slug }]),
      );
      Object.assign(applying, { active: true, total: items.length, remaining: items.reduce((sum, item) => sum + estimatedRequests(item, args.prune), 0) });
      results = await applyPlan(items, { api, categories, options: planOptions }, (result) => {
        applying.done++;
        applying.remaining = Math.max(0, applying.remaining - estimatedRequests(result.item, args.prune));
        showProgress();
      });
    }
    progress.finish();
    const summary: RunSummary = {
      forum: config.url,
      applied: args.apply && problems.length === 0,
      reads: client.reads,
      writes: client.writes,
      results,
      problems,
      notices,
      seconds: (performance.now() - started) / 1000,
    };
    out(args.json ? `${jsonReport(summary)}\n` : textReport(summary));
    const troubled = results.some((result) => result.outcome === 'failed' || result.item.action === 'conflict');
    return problems.length > 0 || troubled ? 1 : 0;
  } catch (error) {
    progress.finish();
    const message = error instanceof ForumError ? error.message : `予期しないエラーで止まりました: ${error instanceof Error ? error.message : String(error)}`;
    err(`${message}\n`);
    if (args.json) out(`${JSON.stringify({ forum: config.url, applied: false, writes: client.writes, reads: client.reads, error: message, items: [] }, null, 2)}\n`);
    return 2;
  }
}

function formatProblem(problem: Problem): string {
  return `  ${problem.file}${problem.line ? `:${problem.line}` : ''}${problem.field ? ` ${problem.field}` : ''} — ${problem.message}`;
}
