import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * A hash of the source files in `dirs` (relative to `root`), names and contents: it changes with any edit to the code
 * that makes a build's cached output (an image's template, the search's reading of a page), so a cache keyed by it
 * never hands back what the current code would make differently. Taking whole folders errs on the safe side: an
 * unrelated edit in them only means the work is done once more.
 */
export async function codeFingerprint(root: string, dirs: readonly string[]): Promise<string> {
  const files = (
    await Promise.all(
      dirs.map(async (dir) =>
        (await readdir(join(root, dir), { withFileTypes: true, recursive: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name)),
      ),
    )
  )
    .flat()
    .sort();
  const hash = createHash('sha256');
  for (const [index, content] of (await Promise.all(files.map((file) => readFile(file)))).entries()) {
    hash
      .update(
        `${relative(root, files[index] ?? '')
          .split(sep)
          .join('/')}\0`,
      )
      .update(content)
      .update('\0');
  }
  return hash.digest('hex');
}
