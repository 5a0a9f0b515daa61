import type { Problem } from './problem.ts';

/** The problems as staff read them, and the one-line verdict. */
export interface Report {
  /** `file:line field — message`, sorted by file and line. */
  lines: string[];
  summary: string;
}

/** Formats problems as `file:line field — message` lines sorted by file and line, with a one-line summary. */
export function formatReport(problems: readonly Problem[], fileCount: number): Report {
  return { lines: sortProblems(problems).map(formatProblem), summary: summarize(problems, fileCount) };
}

/** By file, then line, then field: the order staff work through a report. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

export function formatProblem(problem: Problem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field ? ` ${problem.field}` : '';
  const mark = problem.severity === 'warning' ? '注意: ' : '';
  return `${place}${field} — ${mark}${problem.message}`;
}

function summarize(problems: readonly Problem[], fileCount: number): string {
  if (problems.length === 0) return `内容のチェック: ${fileCount} 個のファイルに問題はありませんでした。`;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((problem) => problem.file)).size;
  const counts =
    errors > 0 && warnings > 0 ? `${errors} 件のエラーと ${warnings} 件の注意` : errors > 0 ? `${errors} 件のエラー` : `${warnings} 件の注意`;
  const next =
    errors > 0
      ? 'エラーを直してから、もう一度 npm run check で確かめてください。'
      : 'エラーはないので公開できますが、注意も確かめてください。';
  return `${counts}が ${files} 個のファイルで見つかりました。${next}`;
}
