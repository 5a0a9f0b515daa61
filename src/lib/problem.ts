/** One thing wrong in the content, said so staff can fix it. */
export interface Problem {
  /** Path relative to the project root. */
  file: string;
  /** 1-based line of the field in the file, when known. */
  line?: number;
  /** Dotted path of the field, e.g. `apply.deadline` or `rooms[1]`. */
  field?: string;
  /** What is wrong and what to do, in plain Japanese. */
  message: string;
  /** Warnings are shown but do not fail the check. */
  severity: 'error' | 'warning';
}

/** A field path as zod reports it: object keys and list indexes. */
export type FieldPath = readonly PropertyKey[];

/** Where in a content file something comes from: a frontmatter field, the body below it, or (`[]`) the file itself. */
export type Place = FieldPath | 'body';

/** The line a place was written on, when the file was read with lines. */
export type LineLookup = (file: string, place: Place) => number | undefined;

/** `apply.deadline`, `rooms[1]`, `crisisResources[0].lastReviewed`. */
export function fieldName(path: FieldPath): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** A problem at a place of a file, on its line when `lineOf` knows it. */
export function problemAt(
  at: { file: string; place: Place },
  message: string,
  lineOf?: LineLookup,
  severity: Problem['severity'] = 'error',
): Problem {
  const line = lineOf?.(at.file, at.place);
  const field = at.place !== 'body' && at.place.length > 0 ? fieldName(at.place) : undefined;
  return {
    file: at.file,
    ...(line === undefined ? {} : { line }),
    ...(field === undefined ? {} : { field }),
    message,
    severity,
  };
}

/** By file, then line, then field: the order staff work through a report. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

export function formatProblem(problem: Problem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field ? ` ${problem.field}` : '';
  const mark = problem.severity === 'warning' ? '注意: ' : '';
  return `${place}${field} — ${mark}${problem.message}`;
}

/**
 * A problem as a GitHub Actions workflow command, so it shows on its file and line in a pull request:
 * `::error file=content/rooms/x.mdx,line=4,title=内容のチェック name::message`. Warnings become `::warning`.
 */
export function formatGithubAnnotation(problem: Problem): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    ...(problem.line === undefined ? [] : [`line=${problem.line}`]),
    `title=${escapeProperty(problem.field ? `内容のチェック ${problem.field}` : '内容のチェック')}`,
  ];
  return `::${problem.severity} ${properties.join(',')}::${escapeData(problem.message)}`;
}

// What GitHub's workflow commands require: % and line breaks escaped in the message, and also : and , in properties.
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
