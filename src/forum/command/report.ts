import { formatProblem, sortProblems, type Problem } from '../../lib/problem.ts';
import { formatJaDateTime } from '../../lib/japanese-date.ts';
import type { ItemResult, Outcome } from '../apply/run.ts';
import type { Action, Change, ItemKind, ItemSummary, Kept } from '../core/types.ts';

export interface RunSummary {
  forum: string;
  applied: boolean;
  reads: number;
  writes: number;
  results: ItemResult<ItemSummary>[];
  /** What the forum would refuse or the guards hold back, found before writing: only the items they concern wait. */
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
        kept: item.kept.map((kept) => ({ ...kept, url: kept.path === null ? null : `${summary.forum}${kept.path}` })),
        warnings: item.warnings,
        notes: item.notes,
        outcome,
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
  closed: '→ 固定を外して閉じました',
  blocked: '→ 反映しません',
  failed: '→ 失敗しました',
};

/** What a kept field is called, and what the forum holds instead when that says it. */
const keptWords: Record<Kept['field'], string> = {
  title: '題名',
  body: '本文',
  name: '名前',
  description: '説明（About の投稿）',
  pinned: '固定が外されています',
  closed: '閉じられています',
  visible: '一覧から外されています',
  topic: '話題が削除されています',
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
    lines.push(
      '',
      summary.applied
        ? '次の問題があるため、その項目（とそれを待つ項目）は反映しませんでした。ほかは反映しました。直してから、もう一度実行してください:'
        : '次の問題がある項目（とそれを待つ項目）は、このままでは反映されません。ほかは反映できます:',
    );
    for (const problem of sortProblems(summary.problems)) lines.push(`  ${formatProblem(problem)}`);
  }
  const listed = new Set(summary.problems.map(formatProblem));
  const warnings = summary.results.flatMap(({ item }) => item.warnings.map((warning) => `${item.label}: ${warning}`));
  if (warnings.length > 0) {
    lines.push('', '注意（反映する前に読んでください）:');
    for (const warning of warnings) lines.push(`  ${warning}`);
  }
  for (const kind of ['group', 'category', 'welcome', 'event'] as const) {
    const group = summary.results.filter((result) => result.item.kind === kind);
    if (group.length === 0) continue;
    lines.push('', `■ ${headings[kind]}`);
    for (const result of group) lines.push(...itemLines(result, summary.forum, listed));
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
      'conflict（フォーラムで人が直したところ）は、そのまま残しました。扱い方は docs/forum-sync.md の「conflict が出たとき」を見てください。',
    );
  return `${lines.join('\n')}\n`;
}

/** An item's lines; a problem already listed above is pointed to rather than said twice. */
function itemLines({ item, outcome, error }: ItemResult<ItemSummary>, forum: string, listed: Set<string>): string[] {
  const where = item.file ?? '（内容にありません）';
  const indent = '              ';
  const lines = [`  ${item.action.padEnd(9)} ${item.label}  ${where} ${outcomeWords[outcome]}`.trimEnd()];
  if (item.action !== 'unchanged') for (const change of item.changes) lines.push(`${indent}${describeChange(change)}`);
  for (const kept of item.kept) lines.push(`${indent}${describeKept(kept, forum)}`);
  for (const warning of item.warnings) lines.push(`${indent}注意: ${warning}`);
  for (const note of item.notes) lines.push(`${indent}${note}`);
  const reasons = error?.split('\n') ?? [];
  if (reasons.some((reason) => listed.has(reason))) lines.push(`${indent}上に書いた問題を直すまで、反映しません。`);
  for (const reason of reasons.filter((line) => !listed.has(line))) lines.push(`${indent}${reason}`);
  return lines;
}

/** A field left as a person changed it on the forum, and where to see it. */
export function describeKept(kept: Kept, forum: string): string {
  const value = kept.forum === null ? '' : `「${kept.forum}」`;
  const where = kept.path === null ? '' : ` ${forum}${kept.path}`;
  return `フォーラムで直されたまま残します — ${keptWords[kept.field]}${value}${where}`;
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
