import { readdirSync, rmSync, type Dirent } from 'node:fs';
import { lstat, readdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { forEachInParallel } from './in-parallel.ts';
import { answerInWorker, runInWorker } from './worker-task.ts';

/**
 * A build writes over the last build's pages instead of emptying its output first, and removes those it did not
 * write again. Emptying took 2.5–3.6 s of the main thread for the national bench set's 26,720 files, and on ext4
 * each file made after it passed over the inodes just freed (perf on a warm build: about 9 of its 16 s of system time
 * in the search for a free inode, `find_inode_bit` and `recently_deleted`). A page written again keeps its inode,
 * and its folder stays.
 *
 * Everything else of the last build is removed as the build starts, while Astro syncs the content: most of it
 * (images, cards, search files) is hard links into the caches (./kept-files.ts), whose removal frees nothing, and
 * the build links them again. Which pages the build wrote again is told by their change time (ctime): writing a file
 * sets it, and nothing sets it back. The build's start is a mark file written into the output first, so both times
 * come from the file system's own clock.
 */

/** The last build's output, as the build found it. */
export interface PreviousOutput {
  dir: string;
  /** The mark's change time, in nanoseconds: what changed before it is the last build's. */
  startedAt: bigint;
}

/** The last build's pages, to be looked at again once this build has written its own. */
export interface TakenOver extends PreviousOutput {
  pages: string[];
}

/** The file that marks the build's start while it runs; removed once the build is done. */
const startMark = '.hiroba-build-started';

/** Left alone, as Astro and Vite leave it when they empty the output: the output may be a git work tree (gh-pages). */
const gitFolder = '.git';

/** How many of the file calls go at once: the thread pool has four threads, and each waits on the disk in turn. */
const inFlight = 8;

/** Marks the start of a build writing into `dir`; nothing to mark when there is no output there yet. */
export async function markBuildStart(dir: string): Promise<PreviousOutput | undefined> {
  const found = await readdir(dir).catch(() => []);
  if (found.length === 0) return undefined;
  const mark = join(dir, startMark);
  await writeFile(mark, new Date().toISOString());
  const { ctimeNs } = await lstat(mark, { bigint: true });
  return { dir, startedAt: ctimeNs };
}

/**
 * Removes all of the last build's output but its pages (and a git work tree), and lists the pages. Nothing may be
 * written into the output until this is done. It runs in a worker, with that thread's own blocking calls one after
 * another, while the build's main thread checks the content and Astro syncs it. On the main thread's event loop,
 * beside that work, listing the national bench set's 33,000 files and removing 20,000 of them took 2.9 s, and warm
 * builds still waited 0.43–0.60 s for it as they started; in the worker it is done by then (0.01 s).
 */
export function takeOverOutput(previous: PreviousOutput): Promise<TakenOver> {
  return runInWorker<PreviousOutput, TakenOver>(new URL(import.meta.url), previous);
}

function takeOverOutputNow(previous: PreviousOutput): TakenOver {
  const files = outputEntries(previous.dir)
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name));
  const pages = files.filter((file) => file.endsWith('.html'));
  const mark = join(previous.dir, startMark);
  for (const file of files) if (!file.endsWith('.html') && file !== mark) rmSync(file, { force: true });
  return { ...previous, pages };
}

/**
 * Removes the last build's pages this build did not write again (to be asked once the pages are generated), and the
 * folders they leave empty. Says how many pages were removed.
 */
export async function removeStalePages({ dir, startedAt, pages }: TakenOver): Promise<number> {
  const stale: string[] = [];
  await forEachInParallel(pages, inFlight, async (file) => {
    const changed = await lstat(file, { bigint: true }).catch(() => undefined);
    if (changed && changed.ctimeNs < startedAt) stale.push(file);
  });
  await forEachInParallel(stale, inFlight, (file) => rm(file, { force: true }));
  if (stale.length > 0) await removeEmptyFolders(dir);
  return stale.length;
}

/** Removes the mark of the build's start, once the build is done. */
export const unmarkBuildStart = ({ dir }: PreviousOutput) => rm(join(dir, startMark), { force: true });

/** Removes the folders under `dir` with nothing left in them, deepest first (`dir` itself stays). */
async function removeEmptyFolders(dir: string): Promise<void> {
  const folders = outputEntries(dir)
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name))
    .toSorted((a, b) => b.length - a.length);
  for (const folder of folders) {
    // A folder with something in it refuses to go: that is the test.
    await rmdir(folder).catch(() => undefined);
  }
}

/** Everything in the output, at any depth, but a git work tree's own folder. */
function outputEntries(dir: string): Dirent[] {
  const top = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.name !== gitFolder);
  const below = top
    .filter((entry) => entry.isDirectory())
    .map((entry) => readdirSync(join(dir, entry.name), { recursive: true, withFileTypes: true }));
  return [...top, ...below.flat()];
}

answerInWorker(async (previous: PreviousOutput) => takeOverOutputNow(previous));
