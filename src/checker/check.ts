import { crossCheck } from './cross-check.ts';
import { forumCheck } from './forum-check.ts';
import { contentSetOf, lineLookup, readContentTree } from './load.ts';
import { contentRoot } from './location.ts';
import type { ContentSet } from '../model/entry.ts';
import type { LineLookup, Problem } from '../lib/problem.ts';

export interface CheckResult {
  /** The validated content, when site.yaml is usable (it may still have problems: look at `ok`). */
  content?: ContentSet;
  problems: Problem[];
  /** No errors (warnings allowed). */
  ok: boolean;
  /** How many files were read, for the all-clear message. */
  fileCount: number;
  /** Where each field was written, for problems found later about the same content (the sync's). */
  lineOf: LineLookup;
}

/**
 * Every check of the content in one run: each file on its own, then the files against each other and against
 * the rules of the forum they are synced to.
 */
export async function checkContent(
  root: string = contentRoot(),
  now: Date,
  projectRoot: string = process.cwd(),
): Promise<CheckResult> {
  const tree = await readContentTree(root, projectRoot);
  const lineOf = lineLookup(tree);
  const problems = [
    ...tree.problems,
    ...crossCheck(tree, { now, lineOf, invalid: tree.invalid, siteFile: tree.siteFile }),
    ...forumCheck(tree, { now, lineOf }),
  ];
  return {
    ...(tree.site ? { content: contentSetOf(tree, tree.site) } : {}),
    problems,
    ok: problems.every((problem) => problem.severity !== 'error'),
    fileCount: tree.fileCount,
    lineOf,
  };
}
