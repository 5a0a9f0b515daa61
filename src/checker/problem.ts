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
