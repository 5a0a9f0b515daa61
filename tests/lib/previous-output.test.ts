import { link, lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  markBuildStart,
  removeStalePages,
  takeOverOutput,
  unmarkBuildStart,
  type PreviousOutput,
} from '../../src/lib/previous-output.ts';

const folder = await mkdtemp(join(tmpdir(), 'hiroba-previous-output-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

async function write(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

/**
 * Waits until the file system's clock has moved past the change time of `file`: the kernel stamps files with a clock
 * that ticks every few milliseconds, and a build never starts in the tick its last one ended.
 */
async function afterChangeOf(file: string, dir: string): Promise<void> {
  const { ctimeNs } = await lstat(file, { bigint: true });
  const probe = join(dir, 'clock-probe');
  for (;;) {
    await writeFile(probe, '');
    if ((await lstat(probe, { bigint: true })).ctimeNs > ctimeNs) break;
  }
  await rm(probe);
}

/** The files under `dir`, relative, sorted. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .toSorted();
}

/** A last build's output: pages, a stylesheet, an image linked from the cache at two pages, a git work tree. */
async function lastBuild(name: string) {
  const dist = join(folder, name, 'dist');
  const cached = join(folder, name, 'cache', 'card.png');
  await write(cached, 'card');
  await write(join(dist, 'index.html'), '<h1>old home</h1>');
  await write(join(dist, 'rooms', 'closed', 'index.html'), '<h1>a room taken down</h1>');
  await write(join(dist, '_astro', 'old.css'), 'body{}');
  await write(join(dist, '.git', 'HEAD'), 'ref: refs/heads/gh-pages');
  await mkdir(join(dist, 'og'), { recursive: true });
  await link(cached, join(dist, 'og', 'home.png'));
  // Linked last: its change time is the last build's last.
  await link(cached, join(dist, 'og', 'closed.png'));
  await afterChangeOf(cached, dist);
  return { dist, cached };
}

describe('a build over the last build’s output', () => {
  it('has nothing to take over where there is no output yet, or an empty one', async () => {
    expect(await markBuildStart(join(folder, 'none'))).toBeUndefined();
    await mkdir(join(folder, 'empty'));
    expect(await markBuildStart(join(folder, 'empty'))).toBeUndefined();
  });

  it('removes all of the last build’s output but its pages and a git work tree, leaving the cache’s own files', async () => {
    const { dist, cached } = await lastBuild('taken');
    const taken = await takeOverOutput(await startBuild(dist));
    expect(await filesIn(dist)).toEqual([
      '.git/HEAD',
      '.hiroba-build-started',
      'index.html',
      'rooms/closed/index.html',
    ]);
    expect(await readFile(cached, 'utf8')).toBe('card');
    expect(taken.pages.map((file) => file.slice(dist.length + 1)).toSorted()).toEqual([
      'index.html',
      'rooms/closed/index.html',
    ]);
  });

  it('removes the pages the build did not write again, with their folders, once the pages are written', async () => {
    const { dist, cached } = await lastBuild('rebuilt');
    const previous = await startBuild(dist);
    const taken = await takeOverOutput(previous);
    // This build: the home page written again (the same words would do), a new page, the card linked again.
    await writeFile(join(dist, 'index.html'), '<h1>old home</h1>');
    await write(join(dist, 'about', 'index.html'), '<h1>about</h1>');
    await link(cached, join(dist, 'og', 'home.png'));
    expect(await removeStalePages(taken)).toBe(1);
    expect(await readdir(join(dist, 'rooms')).catch(() => 'gone')).toBe('gone');
    await unmarkBuildStart(previous);
    expect(await filesIn(dist)).toEqual(['.git/HEAD', 'about/index.html', 'index.html', 'og/home.png']);
  });
});

async function startBuild(dist: string): Promise<PreviousOutput> {
  const previous = await markBuildStart(dist);
  if (!previous) throw new Error(`${dist} should hold the last build's output`);
  return previous;
}
