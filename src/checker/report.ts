import { formatProblem, sortProblems, type Problem } from '../lib/problem.ts';

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

function summarize(problems: readonly Problem[], fileCount: number): string {
  if (problems.length === 0) return `内容のチェック: ${fileCount} 個のファイルに問題はありませんでした。`;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((problem) => problem.file)).size;
  const counts =
    errors > 0 && warnings > 0
      ? `${errors} 件のエラーと ${warnings} 件の注意`
      : errors > 0
        ? `${errors} 件のエラー`
        : `${warnings} 件の注意`;
  const next =
    errors > 0
      ? 'エラーを直してから、もう一度 npm run check で確かめてください。'
      : 'エラーはないので公開できますが、注意も確かめてください。';
  return `${counts}が ${files} 個のファイルで見つかりました。${next}`;
}
