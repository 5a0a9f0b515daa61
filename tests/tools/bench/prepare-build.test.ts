import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareBuild } from '../../../tools/bench/build-timing.ts';
import { fileExists } from '../../../src/lib/kept-files.ts';
import { withBenchConfig, type AstroProject } from '../../../tools/bench/project-snapshot.ts';

let workDir: string | undefined;

afterEach(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** A built project in a bench work folder: output, image cache, Astro's cache and .astro, one file in each. */
async function builtProject(): Promise<{ project: AstroProject; workDir: string; folders: string[] }> {
  const work = await mkdtemp(join(tmpdir(), 'prepare-build-'));
  workDir = work;
  const root = join(work, 'site');
  await mkdir(root, { recursive: true });
  const project = await withBenchConfig(root, 'astro.config.mjs');
  const folders = [project.outDir, project.imageCacheDir, project.cacheDir, join(root, '.astro')];
  for (const folder of folders) {
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'kept.txt'), folder);
  }
  return { project, workDir: work, folders };
}

describe('getting a project ready for a benchmarked build', () => {
  it('leaves a cold build nothing of the last one, moved aside into the work folder rather than deleted', async () => {
    const { project, workDir: work, folders } = await builtProject();
    await prepareBuild(project, 'cold', work);
    for (const folder of folders) expect(await fileExists(folder)).toBe(false);
    const [aside, ...more] = await readdir(join(work, 'set-aside'));
    expect(more).toEqual([]);
    const moved = await Promise.all(
      folders.map((_, at) => readFile(join(work, 'set-aside', aside ?? '', String(at), 'kept.txt'), 'utf8')),
    );
    expect(moved).toEqual(folders);
  });

  it('sets each cold build’s folders aside apart, and minds no folder that is not there', async () => {
    const { project, workDir: work } = await builtProject();
    await prepareBuild(project, 'cold', work);
    await prepareBuild(project, 'cold', work);
    expect(await readdir(join(work, 'set-aside'))).toHaveLength(2);
  });

  it('leaves a warm build the caches and the last output, as a second npm run build finds them', async () => {
    const { project, workDir: work, folders } = await builtProject();
    await prepareBuild(project, 'warm', work);
    expect(await Promise.all(folders.map(fileExists))).toEqual([true, true, true, true]);
    expect(await fileExists(join(work, 'set-aside'))).toBe(false);
  });

  it('leaves the bare yardstick’s second build its caches and no output, the output moved aside', async () => {
    const { project, workDir: work, folders } = await builtProject();
    await prepareBuild(project, 'cached', work);
    expect(await Promise.all(folders.map(fileExists))).toEqual([false, true, true, true]);
    const [aside] = await readdir(join(work, 'set-aside'));
    expect(await readFile(join(work, 'set-aside', aside ?? '', '0', 'kept.txt'), 'utf8')).toBe(project.outDir);
  });
});
