import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContent } from '../../checker/check.ts';
import { contentRoot } from '../../checker/location.ts';
import type { Problem } from '../../lib/problem.ts';
import { formatReport } from '../../checker/report.ts';
import { siteNow } from '../../lib/clock.ts';
import { whatIsWrong } from '../../lib/command-line.ts';
import { readConfig } from './config.ts';
import { localRevision } from './revision.ts';
import { ForumError, scrub } from '../discourse/http/errors.ts';
import { createProgress, type StatusStream } from './progress.ts';
import { jsonReport, problemsJson, textReport } from './report.ts';
import { markdownReport, markdownStop } from './summary.ts';
import { syncForum } from './sync.ts';

export interface SyncIo {
  stdout: (text: string) => void;
  /** Messages and the progress line (shown only when this is a terminal). */
  stderr: StatusStream;
  env: NodeJS.ProcessEnv;
  /** The project folder (content/ is read from here). */
  cwd: string;
}

const usage = `使い方: npm run sync -- [--apply] [--json] [--summary FILE] [--only rooms|events] [--force] [--prune]
                        [--confirm-public] [--recreate-deleted]
  （何も付けない）    フォーラムへの変更の計画を表示します。何も書き込みません。
  --apply              計画どおりにフォーラムへ反映します。
  --json               結果を 1 つの JSON で出力します。
  --summary FILE       結果の要約を Markdown で FILE の終わりに書き足します（GitHub Actions の $GITHUB_STEP_SUMMARY など）。
  --only rooms         グループ、カテゴリ、ようこその話題だけを扱います。
  --only events        交流会のお知らせだけを扱います。
  --force              フォーラムで直されたところ（conflict）も、内容で上書きします。
                       フォーラムがこの内容より新しい内容から反映されていても、上書きします。
  --prune              内容から消えた話題を、閉じて一覧から外します（消しはしません）。
  --confirm-public     参加した人だけの部屋を、だれでも読めるようにすることを認めます（これまでの投稿も公開されます）。
  --recreate-deleted   フォーラムで削除された話題を、新しい識別子で作り直します。
くわしくは docs/forum-sync.md を見てください。
`;

const flags = {
  apply: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  summary: { type: 'string' },
  only: { type: 'string' },
  force: { type: 'boolean', default: false },
  prune: { type: 'boolean', default: false },
  'confirm-public': { type: 'boolean', default: false },
  'recreate-deleted': { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

/**
 * `npm run sync`. Exit statuses: 0 all done; 1 an item failed, was held back or conflicted, or the content has
 * problems (everything else is still applied);
 * 2 the sync could not run (usage, settings, key, forum unreachable). Everything printed passes through a
 * scrubber holding the API key.
 */
export async function runSync(argv: string[], io: SyncIo): Promise<number> {
  let secrets: string[] = [];
  const out = (text: string) => io.stdout(scrub(text, secrets));
  let json = argv.includes('--json');
  // Known once the arguments are read; a stop before then has no summary to write.
  let summaryFile: string | undefined = undefined;
  const summarize = (markdown: string) => {
    if (summaryFile !== undefined) appendFileSync(summaryFile, scrub(markdown, secrets));
  };
  const stop = (code: number, message: string, problems: Problem[] = []): number => {
    io.stderr.write(scrub(`${message}\n`, secrets));
    summarize(markdownStop(message, problems));
    if (json)
      out(
        `${JSON.stringify({ applied: false, writes: 0, error: message, problems: problemsJson(problems), items: [] }, null, 2)}\n`,
      );
    return code;
  };

  let args;
  try {
    args = parseArgs({ args: argv, options: flags, strict: true, allowPositionals: false }).values;
  } catch {
    return stop(2, `${whatIsWrong({ args: argv, options: flags }, 'ja')}\n\n${usage}`);
  }
  json = args.json;
  summaryFile = args.summary;
  if (args.help) {
    out(usage);
    return 0;
  }
  if (args.only !== undefined && args.only !== 'rooms' && args.only !== 'events') {
    return stop(2, `--only には rooms か events を書いてください（「${args.only}」は使えません）。`);
  }

  const configured = readConfig(io.env);
  if ('problems' in configured) return stop(2, configured.problems.join('\n'));
  const { config } = configured;
  secrets = [config.apiKey];

  // All of npm run check, before the forum is asked anything: what the check passes, the sync does not refuse
  // for the content's sake, and what it refuses is said the same way.
  const now = siteNow(io.env);
  const root = contentRoot(io.cwd);
  const checked = await checkContent(root, now, io.cwd);
  if (!checked.ok || !checked.content) {
    const errors = checked.problems.filter((problem) => problem.severity === 'error');
    const report = formatReport(errors, checked.fileCount);
    return stop(
      1,
      `内容（content/）に直すところがあるため、フォーラムには何もしませんでした:\n${report.lines.join('\n')}\n\n${report.summary}`,
      errors,
    );
  }

  const progress = createProgress(io.stderr, config.perMinute, config.timeScale);
  try {
    const summary = await syncForum(
      checked.content,
      config,
      {
        apply: args.apply,
        force: args.force,
        prune: args.prune,
        only: args.only ?? null,
        confirmPublic: args['confirm-public'],
        recreateDeleted: args['recreate-deleted'],
        revision: await localRevision(root),
        now,
        lineOf: checked.lineOf,
      },
      progress,
    );
    progress.finish();
    out(args.json ? `${jsonReport(summary)}\n` : textReport(summary));
    summarize(markdownReport(summary));
    const troubled = summary.results.some(
      (result) => result.outcome === 'failed' || result.outcome === 'blocked' || result.item.action === 'conflict',
    );
    return summary.problems.length > 0 || troubled ? 1 : 0;
  } catch (error) {
    progress.finish();
    if (error instanceof ForumError) return stop(2, error.message);
    return stop(2, `予期しないエラーで止まりました: ${error instanceof Error ? error.message : String(error)}`);
  }
}
