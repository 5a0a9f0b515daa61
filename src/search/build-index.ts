import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalog } from '../model/catalog.ts';
import type { BuiltPage } from '../lib/built-pages.ts';
import { placeKept, pruneKept } from '../lib/kept-files.ts';
import { buildSearchFiles, type PageToIndex } from './index-files.ts';
import { searchIndexFolder, type SearchIndex } from './index-format.ts';
import { searchPageLabels } from './page-labels.ts';
import { keptReadings, type ReadingCache } from './reading-cache.ts';
import { readPageText } from './page-text.ts';
import { isSearchablePage } from './searchable.ts';
import { searchVocabulary } from './vocabulary.ts';

export interface IndexReport {
  pages: number;
  /** Pages whose reading was kept from the last build: their text, the words the site knows and the code unchanged. */
  reused: number;
  milliseconds: number;
}

/** `conditions/mpa/index.html` → `conditions/mpa/`, the path the catalogue's URLs have inside the site. */
function pathOf(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

const nameOf = (content: string) => createHash('sha256').update(content).digest('hex').slice(0, 10);

/**
 * The result files, one per page, as `<id>.json` in `dir`. With a cache, each is placed by hard link from the files
 * kept by earlier builds (.cache/search-index/pages/, under a hash of its content), so an unchanged one is neither
 * written nor left for the disk to write out: writing 4,528 new files took 0.7–4.6 s on the bench machine.
 */
async function writePageFiles(pageFiles: string[], dir: string, cache: ReadingCache | undefined): Promise<void> {
  if (!cache) {
    await Promise.all(pageFiles.map((content, id) => writeFile(join(dir, `${id}.json`), content)));
    return;
  }
  const kept = join(cache.dir, 'pages');
  const used = new Set<string>();
  await Promise.all(
    pageFiles.map(async (content, id) => {
      const key = createHash('sha256').update(content).digest('hex');
      const { file } = await placeKept(join(dir, `${id}.json`), key, kept, () => Buffer.from(content), 'json');
      used.add(file);
    }),
  );
  await pruneKept(kept, used);
}

/**
 * Indexes the built site for its search (./index-files.ts) and writes dist/search-index/. The pages' files and the
 * shares of words are named by their contents, so a browser never mixes files of two builds; index.json names them.
 * With a `cache`, a page read in the last build with the same HTML, words and code is not read again
 * (./reading-cache.ts); the files are the same either way.
 */
export async function buildSearchIndex(
  distDir: string,
  built: readonly BuiltPage[],
  catalog: Catalog,
  cache?: ReadingCache,
): Promise<IndexReport> {
  const started = performance.now();
  const searchable = built.filter(({ file }) => isSearchablePage(file));
  const vocabulary = searchVocabulary(catalog);
  const labels = searchPageLabels(catalog);
  const readings = await keptReadings(cache, vocabulary, labels);
  const read = searchable.map(({ file, html }): PageToIndex => {
    const path = pathOf(file);
    return { path, ...(readings.kept(path, html) ?? readPageText(html)) };
  });
  const { index, shards, pages } = buildSearchFiles(read, vocabulary, labels, readings.reader);
  await readings.save();

  const folder = join(distDir, searchIndexFolder);
  const pageFiles = pages.map((page) => JSON.stringify(page));
  const pagesFolder = `pages-${nameOf(pageFiles.join('\n'))}`;
  await mkdir(join(folder, pagesFolder), { recursive: true });
  await writePageFiles(pageFiles, join(folder, pagesFolder), cache);
  const shardFiles = shards.map((shard, number) => {
    const content = JSON.stringify(shard);
    return { name: `words-${number}-${nameOf(content)}.json`, content };
  });
  await Promise.all(shardFiles.map((shard) => writeFile(join(folder, shard.name), shard.content)));
  const complete: SearchIndex = { ...index, shards: shardFiles.map((shard) => shard.name), pages: pagesFolder };
  await writeFile(join(folder, 'index.json'), JSON.stringify(complete));
  return { pages: pages.length, reused: readings.reused(), milliseconds: Math.round(performance.now() - started) };
}
