import { formatProblem, sortProblems, type Problem } from '../../lib/problem.ts';
import type { Action } from '../core/types.ts';
import { countActions, describeChange, describeKept, headings, outcomeWords, type RunSummary } from './report.ts';

/**
 * The run as Markdown, for the job summary of the forum sync workflow ($GITHUB_STEP_SUMMARY): whether anything was
 * written, what the forum refuses, and a table of every item that is not already as the content says.
 */
export function markdownReport(summary: RunSummary): string {
  const counts = countActions(summary.results);
  const failed = summary.results.filter((result) => result.outcome === 'failed').length;
  const lines = [
    summary.applied ? '## フォーラムに反映しました' : '## フォーラムへの変更の計画（まだ何も書き込んでいません）',
    '',
    `フォーラム: ${summary.forum}　読み取り ${summary.reads} 回、書き込み ${summary.writes} 回`,
    '',
    `${(['create', 'update', 'unchanged', 'conflict', 'orphaned'] satisfies Action[]).map((action) => `${action} ${counts[action]}`).join(' / ')}${failed ? ` / **失敗 ${failed}**` : ''}`,
  ];
  for (const notice of summary.notices) lines.push('', `> ${inline(notice)}`);
  if (summary.problems.length > 0) {
    lines.push(
      '',
      '**次の問題がある項目（とそれを待つ項目）は反映していません。** ほかは反映できます。次を直してください:',
      '',
    );
    lines.push(...problemLines(summary.problems));
  }
  const changing = summary.results.filter(
    (result) => result.item.action !== 'unchanged' || result.outcome === 'failed',
  );
  if (changing.length > 0) {
    lines.push('', '| 種類 | 項目 | ファイル | 動き | 変わるところ | 結果 |', '| --- | --- | --- | --- | --- | --- |');
    for (const { item, outcome, error } of changing) {
      const details = [
        ...item.changes.map(describeChange),
        ...item.kept.map((kept) => describeKept(kept, summary.forum)),
        ...item.warnings.map((warning) => `注意: ${warning}`),
        ...item.notes,
        ...(error ? [error] : []),
      ];
      const cells = [
        headings[item.kind],
        item.label,
        item.file ?? '（内容にありません）',
        item.action,
        details.join('<br>'),
        outcomeWords[outcome].replace(/^→ /, '') || '—',
      ];
      lines.push(`| ${cells.map(cell).join(' | ')} |`);
    }
  } else {
    lines.push('', 'フォーラムは内容のとおりです。変えるところはありません。');
  }
  if (counts.conflict > 0)
    lines.push(
      '',
      'conflict（フォーラムで編集された投稿）の扱い方は docs/forum-sync.md の「conflict が出たとき」を見てください。',
    );
  return `${lines.join('\n')}\n`;
}

/** When the sync stopped before it could plan: why, and the content problems that stopped it. */
export function markdownStop(message: string, problems: readonly Problem[]): string {
  const [first = '', ...rest] = message.split('\n');
  const lines = ['## フォーラムには何もしませんでした', '', `**${inline(first)}**`];
  if (problems.length > 0) lines.push('', ...problemLines(problems));
  else if (rest.some((line) => line.trim() !== '')) lines.push('', '```', ...rest, '```');
  return `${lines.join('\n')}\n`;
}

function problemLines(problems: readonly Problem[]): string[] {
  return sortProblems(problems).map((problem) => `- ${inline(formatProblem(problem))}`);
}

/** Text on one Markdown line: no line break, and nothing read as markup. */
function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function cell(text: string): string {
  return text
    .split('<br>')
    .map((part) => inline(part))
    .join('<br>');
}
