import { crossCheck } from './cross-check.ts';
import { contentSetOf, readContentTree } from './load.ts';
import { contentRoot } from './location.ts';
import type { ContentSet } from '../model/entry.ts';
import type { Problem } from './problem.ts';

export interface CheckResult {
  /** The validated content, when site.yaml is usable (it may still have problems: look at `ok`). */
  content?: ContentSet;
  problems: Problem[];
  /** No errors (warnings allowed). */
  ok: boolean;
  /** How many files were read, for the all-clear message. */
  fileCount: number;
}

/** Every check of the content in one run: each file on its own, then the files against each other. */
export async function checkContent(root: string = contentRoot(), now: Date, projectRoot: string = process.cwd()): Promise<CheckResult> {
  const tree = await readContentTree(root, projectRoot);
  const crossProblems = crossCheck(tree, {
    now,
    lineOf: (file, path) => tree.lines.get(file)?.(path),
    invalid: tree.invalid,
    siteFile: tree.siteFile,
  });
  const problems = [...tree.problems, ...crossProblems];
  return {
    ...(tree.site ? { content: contentSetOf(tree, tree.site) } : {}),
    problems,
    ok: problems.every((problem) => problem.severity !== 'error'),
    fileCount: tree.fileCount,
  };
}
