import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { access, copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Files a build keeps for the next ones (rendered images, search result files, readings), each under a key of
 * everything it comes from (./cache-key.ts): an unchanged one is placed again instead of made again, and any change
 * gives a new key, so a stale file is never reused.
 *
 * They are written whole or not at all, so a build stopped halfway or one running beside it never reads half a
 * file; each writer has its own partial file, so two writing the same file at once cannot take each other's.
 */
async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = partialOf(file);
  await writeFile(partial, data);
  await rename(partial, file);
}

/** A partial file of the writer's own, renamed over `file` once whole. */
const partialOf = (file: string) => `${file}.${randomUUID()}.partial`;

/** The entries of a JSON object the last build kept in `file`; none when there is no such file yet. */
export async function readKeptEntries<T>(file: string): Promise<Map<string, T>> {
  const kept = await readFile(file, 'utf8').then(
    (json) => JSON.parse(json) as Record<string, T>,
    () => ({}),
  );
  return new Map(Object.entries(kept));
}

/**
 * Keeps `entries` in `file` as a JSON object, for the next build's readKeptEntries. The entries are under keys of
 * what they come from, so when this build kept exactly the keys of the last one (`previous`), the file already says
 * it and is not written again (the search's readings of the national set are 22 MB).
 */
export async function keepEntries<T>(
  file: string,
  entries: ReadonlyMap<string, T>,
  previous: ReadonlyMap<string, T>,
): Promise<void> {
  if (entries.size === previous.size && [...entries.keys()].every((key) => previous.has(key))) return;
  await writeWhole(file, JSON.stringify(Object.fromEntries(entries)));
}

/**
 * Puts the file kept under `key` at `target` (a file of the build output), making and keeping it first when the
 * cache does not have it. A kept file is placed as a hard link, with one system call that is also the test of whether
 * it is there: each call on the file system costs on this kind of machine (national bench set: 14,538 images and
 * 4,528 search result files placed per build). A kept file is never changed once written (writeWhole writes a new
 * file and renames it over), so the build's file stays as it was made. Where no link can be made (the cache on
 * another disk), the file is copied. `extension` is the kind of file (png, svg, json). Says whether it was reused.
 */
export async function placeKept(
  target: string,
  key: string,
  cacheDir: string,
  make: () => Promise<Buffer> | Buffer,
  extension = 'png',
): Promise<{ file: string; reused: boolean }> {
  const placed = await placeIfKept(target, key, cacheDir, extension);
  if (placed) return { file: placed, reused: true };
  const file = keptFile(cacheDir, key, extension);
  await writeWhole(file, await make());
  await placeKeptFile(file, target);
  return { file, reused: false };
}

const keptFile = (cacheDir: string, key: string, extension: string) => join(cacheDir, `${key}.${extension}`);

/** Puts the file kept under `key` at `target` when the cache has it, and says which file that is; else nothing. */
export async function placeIfKept(
  target: string,
  key: string,
  cacheDir: string,
  extension = 'png',
): Promise<string | undefined> {
  const file = keptFile(cacheDir, key, extension);
  try {
    await link(file, target);
    return file;
  } catch (error) {
    if (isMissing(error) && !(await fileExists(file))) return undefined;
    await placeKeptFile(file, target);
    return file;
  }
}

/** A file to keep under `key`, made only when the cache lacks it. */
export interface FileToKeep {
  key: string;
  extension: string;
  make: () => Promise<Buffer> | Buffer;
}

/**
 * Makes and keeps the files under `keys` that the cache does not have yet, placing none: a worker drawing images
 * beside the build (../images/draw-worker.ts), for the build to place after it. Says how many it made.
 */
export async function keepMissing(cacheDir: string, files: readonly FileToKeep[]): Promise<number> {
  const keep = await missingKeeper(cacheDir);
  let made = 0;
  for (const file of files) if (await keep(file)) made++;
  return made;
}

/**
 * Keeps files one at a time as they are asked for, when they are not known all at once (share cards drawn as the
 * pages are built): each that the cache lacks is made and kept, once, and says whether it was. What the cache has is
 * found with one listing of it, not a test per file. Each file is written with the worker's own blocking calls, one
 * after another: waiting there holds up no one, while asynchronous calls would queue on the thread pool the build's
 * main thread writes its pages through (measured on a cold national build: the card workers stood idle 1.5 s while
 * the search index was written), and cost more processor time (2,000 cards kept: 4.4 CPU-s against 5.1).
 */
export async function missingKeeper(cacheDir: string): Promise<(file: FileToKeep) => Promise<boolean>> {
  const listed = await readdir(cacheDir).catch(() => undefined);
  const kept = new Set(listed);
  let folderMade = listed !== undefined;
  return async ({ key, extension, make }) => {
    const file = keptFile(cacheDir, key, extension);
    if (kept.has(basename(file))) return false;
    kept.add(basename(file));
    if (!folderMade) mkdirSync(cacheDir, { recursive: true });
    folderMade = true;
    const partial = partialOf(file);
    writeFileSync(partial, await make());
    renameSync(partial, file);
    return true;
  };
}

const isMissing = (error: unknown) => error instanceof Error && 'code' in error && error.code === 'ENOENT';

/** Whether `file` is there. */
export const fileExists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** Puts a file of the cache at `target` as a hard link, or a copy where no link can be made. */
export async function placeKeptFile(cached: string, target: string): Promise<void> {
  try {
    await link(cached, target);
  } catch {
    // Replaced, never written through: the file there may itself be a link to a cached file.
    await rm(target, { force: true });
    await link(cached, target).catch(() => copyFile(cached, target));
  }
}

/** Makes each folder of the build output once, however many files go into it. */
export function folderMaker(): (dir: string) => Promise<unknown> {
  const folders = new Map<string, Promise<unknown>>();
  return (dir) => {
    let made = folders.get(dir);
    if (!made) folders.set(dir, (made = mkdir(dir, { recursive: true })));
    return made;
  };
}

/** How long a kept file no build uses stays: a branch switched back to, or an edit undone, finds it. */
const unusedDays = 14;

/**
 * Removes from `cacheDir` the files this build did not use (`used`: their paths) once they are older than two
 * weeks, at most once a day (a build that finds the cache pruned today leaves it: each unused file costs a look at
 * its age, and a cache holding an old set of images has thousands). Without it the cache only grows: each edit of
 * the image code adds a whole set of images (national bench set: about 0.4 GB), and the deploy workflow saves the
 * cache after every build. A file removed too early is only made again. Says how many were removed.
 */
export async function pruneKept(cacheDir: string, used: ReadonlySet<string>, now = Date.now()): Promise<number> {
  const mark = join(cacheDir, prunedMark);
  const pruned = Date.parse(await readFile(mark, 'utf8').catch(() => ''));
  if (now - pruned < 86_400_000) return 0;
  const names = await readdir(cacheDir).catch(() => []);
  let removed = 0;
  for (const name of names) {
    const file = join(cacheDir, name);
    if (used.has(file) || name === prunedMark) continue;
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: now }));
    if (now - mtimeMs < unusedDays * 86_400_000) continue;
    await rm(file, { force: true });
    removed++;
  }
  if (names.length > 0) await writeFile(mark, new Date(now).toISOString());
  return removed;
}

/** The file that says when the cache was last pruned. */
const prunedMark = '.pruned';
