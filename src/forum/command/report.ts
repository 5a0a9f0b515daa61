import { formatProblem, sortProblems, type Problem } from '../../lib/problem.ts';
import { formatJaDateTime } from '../../lib/japanese-date.ts';
import type { ItemResult, Outcome } from '../apply/run.ts';
import type { Action, Change, ItemKind, ItemSummary } from '../core/types.ts';

export interface RunSummary {
  forum: string;
  applied: boolean;
  reads: number;
  writes: number;
  results: ItemResult<ItemSummary>[];
  /** Changes the forum would refuse, found before writing; when any exist nothing is written. */
  problems: Problem[];
  /** Notices that do not stop the run (e.g. calendar blocks left out). */
  notices: string[];
  seconds: number;
}

const actions: Action[] = ['create', 'update', 'unchanged', 'conflict', 'orphaned'];

/** The `--json` output: one object, every item with its action and outcome. */
export function jsonReport(summary: RunSummary): string {
  return JSON.stringify(
    {
      forum: summary.forum,
      applied: summary.applied,
      writes: summary.writes,
      reads: summary.reads,
      seconds: Math.round(summary.seconds * 10) / 10,
      counts: countActions(summary.results),
      failed: summary.results.filter((result) => result.outcome === 'failed').length,
      problems: problemsJson(summary.problems),
      notices: summary.notices,
      items: summary.results.map(({ item, outcome, error }) => ({
        kind: item.kind,
        key: item.key,
        file: item.file,
        label: item.label,
        action: item.action,
        changes: item.changes,
        outcome,
        ...(item.note ? { note: item.note } : {}),
        ...(error ? { error } : {}),
      })),
    },
    null,
    2,
  );
}

/** Problems in the JSON output, whether the content check or the forum's rules found them. */
export function problemsJson(problems: readonly Problem[]) {
  return sortProblems(problems).map(({ file, line, field, message }) => ({
    file,
    line: line ?? null,
    field: field ?? null,
    message,
  }));
}

export const headings: Record<ItemKind, string> = {
  group: 'グループ（参加した人だけの部屋）',
  category: 'カテゴリ（疾患と部屋）',
  welcome: 'ようこその話題',
  event: '交流会のお知らせ',
};

export const outcomeWords: Record<Outcome, string> = {
  planned: '',
  created: '→ 作成しました',
  updated: '→ 更新しました',
  unchanged: '',
  skipped: '→ そのままにしました',
  pruned: '→ 閉じて一覧から外しました',
  failed: '→ 失敗しました',
};

/** The plan (and, with --apply, what happened) for staff to read in a terminal. */
export function textReport(summary: RunSummary): string {
  const lines: string[] = [];
  lines.push(
    summary.applied
      ? `フォーラム ${summary.forum} に反映しました。`
      : `フォーラム ${summary.forum} への変更の計画です（まだ何も書き込んでいません。反映するには npm run sync -- --apply）。`,
  );
  for (const notice of summary.notices) lines.push(`お知らせ: ${notice}`);
  if (summary.problems.length > 0) {
    lines.push('', 'フォーラムが受け付けない内容があるため、何も書き込みませんでした。次を直してください:');
    for (const problem of sortProblems(summary.problems)) lines.push(`  ${formatProblem(problem)}`);
  }
  for (const kind of ['group', 'category', 'welcome', 'event'] as const) {
    const group = summary.results.filter((result) => result.item.kind === kind);
    if (group.length === 0) continue;
    lines.push('', `■ ${headings[kind]}`);
    for (const result of group) lines.push(...itemLines(result));
  }
  const counts = countActions(summary.results);
  const failed = summary.results.filter((result) => result.outcome === 'failed').length;
  lines.push(
    '',
    `まとめ: ${actions.map((action) => `${action} ${counts[action]}`).join(' / ')}${failed ? ` / 失敗 ${failed}` : ''}`,
    `フォーラムへの読み取り ${summary.reads} 回、書き込み ${summary.writes} 回（${Math.round(summary.seconds)} 秒）`,
  );
  if (counts.conflict > 0)
    lines.push(
      'conflict（フォーラムで編集された投稿）の扱い方は docs/forum-sync.md の「conflict が出たとき」を見てください。',
    );
  return `${lines.join('\n')}\n`;
}

function itemLines({ item, outcome, error }: ItemResult<ItemSummary>): string[] {
  const where = item.file ?? '（内容にありません）';
  const lines = [`  ${item.action.padEnd(9)} ${item.label}  ${where} ${outcomeWords[outcome]}`.trimEnd()];
  if (item.action !== 'unchanged')
    for (const change of item.changes) lines.push(`              ${describeChange(change)}`);
  if (item.note) lines.push(`              ${item.note}`);
  if (error) lines.push(`              ${error}`);
  return lines;
}

export function describeChange(change: Change): string {
  const value = (v: Change['from']) => {
    if (v === undefined || v === null) return '（なし）';
    // A pin's end is a moment: shown in Japan time, as everywhere staff read dates.
    if (change.field === 'pinned' && typeof v === 'string') return `${formatJaDateTime(v)}まで`;
    return String(v);
  };
  if (change.detail) return `${change.field}: ${change.detail}`;
  if (change.from === undefined) return `${change.field}: ${value(change.to)}`;
  return `${change.field}: ${value(change.from)} → ${value(change.to)}`;
}

export function countActions(results: ItemResult<ItemSummary>[]): Record<Action, number> {
  const counts: Record<Action, number> = { create: 0, update: 0, unchanged: 0, conflict: 0, orphaned: 0 };
  for (const { item } of results) counts[item.action]++;
  return counts;
}
