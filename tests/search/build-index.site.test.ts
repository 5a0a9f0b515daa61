import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltPages } from '../../src/lib/built-pages.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { searchIndexFolder } from '../../src/search/index-format.ts';
import { keptFiles } from '../../src/search/kept-index.ts';
import { siteDir } from '../pages/built-site.ts';
import { loadSampleContent } from '../support/sample-content.ts';

const { catalog } = await loadSampleContent();
const folder = await mkdtemp(join(tmpdir(), 'hiroba-search-index-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

/** A copy of the built sample site without its search index, to index again. */
async function siteCopy(name: string): Promise<string> {
  const dir = join(folder, name);
  await cp(siteDir, dir, { recursive: true });
  await rm(join(dir, searchIndexFolder), { recursive: true, force: true });
  return dir;
}

const cache = { dir: join(folder, 'cache'), code: 'the code of this test' };

/** Indexes the site in `dir` as the build does, from its built pages. */
async function indexSite(dir: string, indexCache?: typeof cache) {
  return buildSearchIndex(dir, (await readBuiltPages(dir)).pages, catalog, indexCache);
}

/** Every file of a built index, by its path inside the index folder. */
async function indexFiles(dir: string): Promise<Map<string, string>> {
  const index = join(dir, searchIndexFolder);
  const names = (await readdir(index, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(index.length + 1))
    .sort();
  return new Map(
    await Promise.all(names.map(async (name) => [name, await readFile(join(index, name), 'utf8')] as const)),
  );
}

const roomPage = 'rooms/mpa/index.html';

describe('the search index built again with the readings of the last build', () => {
  it('reads no unchanged page again, and its files are those of a full rebuild', async () => {
    const full = await siteCopy('full');
    await indexSite(full);
    const first = await siteCopy('first');
    expect((await indexSite(first, cache)).reused).toBe(0);
    const again = await siteCopy('again');
    const report = await indexSite(again, cache);
    expect(report.pages).toBeGreaterThan(10);
    expect(report.reused).toBe(report.pages);
    const expected = await indexFiles(full);
    expect(await indexFiles(first)).toEqual(expected);
    expect(await indexFiles(again)).toEqual(expected);
  });

  it('places each unchanged result file from the kept ones, not writing it again', async () => {
    const dir = await siteCopy('linked');
    await indexSite(dir, cache);
    const index = join(dir, searchIndexFolder);
    const pagesFolder = (await readdir(index)).find((name) => name.startsWith('pages-')) ?? '';
    const placed = await stat(join(index, pagesFolder, '0.json'));
    const kept = await readdir(keptFiles(cache));
    const inodes = await Promise.all(kept.map(async (name) => (await stat(join(keptFiles(cache), name))).ino));
    expect(placed.nlink).toBeGreaterThan(1);
    expect(inodes).toContain(placed.ino);
  });

  it('reads a changed page again, and only that one', async () => {
    const changed = async (name: string) => {
      const dir = await siteCopy(name);
      const page = join(dir, roomPage);
      await writeFile(page, (await readFile(page, 'utf8')).replace('</main>', '<p>新しい段落: 散歩の会</p></main>'));
      return dir;
    };
    const full = await changed('changed-full');
    await indexSite(full);
    const incremental = await changed('changed-incremental');
    const report = await indexSite(incremental, cache);
    expect(report.reused).toBe(report.pages - 1);
    const files = await indexFiles(incremental);
    expect(files).toEqual(await indexFiles(full));
    expect([...files.values()].some((file) => file.includes('散歩の会'))).toBe(true);
  });

  it('places the last index whole when its pages, words and code are unchanged, reading no page', async () => {
    const wholeCache = { ...cache, dir: join(folder, 'whole-cache') };
    await indexSite(await siteCopy('whole-first'), wholeCache);
    // Without the kept readings, only the kept index can leave every page unread.
    await rm(join(wholeCache.dir, 'readings.json'));
    const dir = await siteCopy('whole-again');
    const report = await indexSite(dir, wholeCache);
    expect(report.reused).toBe(report.pages);
    const full = await siteCopy('whole-full');
    await indexSite(full);
    expect(await indexFiles(dir)).toEqual(await indexFiles(full));
    expect((await stat(join(dir, searchIndexFolder, 'index.json'))).nlink).toBeGreaterThan(1);
  });

  it('builds the index again, the same, when a file of the kept one is gone', async () => {
    const goneCache = { ...cache, dir: join(folder, 'gone-cache') };
    await indexSite(await siteCopy('gone-first'), goneCache);
    const [name] = await readdir(keptFiles(goneCache));
    await rm(join(keptFiles(goneCache), name ?? ''));
    const dir = await siteCopy('gone-again');
    await indexSite(dir, goneCache);
    const full = await siteCopy('gone-full');
    await indexSite(full);
    expect(await indexFiles(dir)).toEqual(await indexFiles(full));
  });

  it('reads every page again when the code that reads them changes', async () => {
    const dir = await siteCopy('new-code');
    expect((await indexSite(dir, { ...cache, code: 'changed code' })).reused).toBe(0);
  });
});
