import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, relative, sep } from 'node:path';

/**
 * A hash of the source files a step of the build runs, names and contents: the `entries` (relative to `root`) and
 * every module they import, followed through relative imports (`import … from './x.ts'`, `export … from`,
 * `import('./x.ts')`). It changes with any edit to the code that makes a cached output (an image's drawing, the
 * search's reading of a page), so a cache keyed by it never hands back what the current code would make differently;
 * an edit the step does not run (a page template, the forum sync, a helper it does not import) leaves it as it was,
 * and the cache with it. Imports of types alone are not followed: they change no output. Packages are not followed
 * either: their versions are in the cache keys (./cache-key.ts).
 */
export async function codeFingerprint(root: string, entries: readonly string[]): Promise<string> {
  const sources = await importClosure(root, entries);
  const hash = createHash('sha256');
  for (const [file, content] of [...sources].sort(([a], [b]) => a.localeCompare(b))) {
    hash
      .update(`${file.split(sep).join('/')}\0`)
      .update(content)
      .update('\0');
  }
  return hash.digest('hex');
}

/** `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')` of a relative path; group 1 is `type`. */
const importPattern =
  /(?:^|[\n;])\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** Every source file `entries` run, by path relative to `root`, with its content. */
async function importClosure(root: string, entries: readonly string[]): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  const seen = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    // An import written only in a comment may name no file: nothing runs it.
    const content = await readFile(join(root, file), 'utf8').catch(() => undefined);
    if (content === undefined) return;
    sources.set(file, content);
    const imported = [...content.matchAll(importPattern)].flatMap(([, typeOnly, path, dynamic]) => {
      const target = typeOnly ? undefined : (path ?? dynamic);
      return target ? [normalize(join(dirname(file), target))] : [];
    });
    await Promise.all(imported.map(visit));
  };
  await Promise.all(entries.map((entry) => visit(relative(root, join(root, entry)))));
  return sources;
}
