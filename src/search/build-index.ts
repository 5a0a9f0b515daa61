import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalog } from '../model/catalog.ts';
import type { BuiltPage } from '../lib/built-pages.ts';
import { sha256 } from '../lib/cache-key.ts';
import { pruneKept } from '../lib/kept-files.ts';
import { buildSearchFiles, type PageToIndex } from './index-files.ts';
import { indexKey, keepIndex, keptFiles, makeFolders, placeIndexFile, placeKeptIndex } from './kept-index.ts';
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

const nameOf = (content: string) => sha256(content).slice(0, 10);

/** A file of the index to write: its name inside the index folder and what it holds. */
interface IndexFileContent {
  name: string;
  content: string;
}

/**
 * Writes the index's files into `folder`. With a cache, each is placed by hard link from the files kept by earlier
 * builds (.cache/search-index/files/, under a hash of its content), so an unchanged one is neither written nor left
 * for the disk to write out (writing 4,528 new result files took 0.7–4.6 s on the bench machine), and the index is
 * kept whole under `key` for the next build.
 */
async function writeIndexFiles(
  folder: string,
  files: IndexFileContent[],
  kept: { cache: ReadingCache; key: string } | undefined,
): Promise<void> {
  await makeFolders(
    folder,
    files.map(({ name }) => name),
  );
  if (!kept) {
    await Promise.all(files.map(({ name, content }) => writeFile(join(folder, name), content)));
    return;
  }
  const placed = await Promise.all(files.map(({ name, content }) => placeIndexFile(kept.cache, folder, name, content)));
  await pruneKept(keptFiles(kept.cache), new Set(placed.map(({ file }) => file)));
  await keepIndex(kept.cache, kept.key, placed);
}

/**
 * Indexes the built site for its search (./index-files.ts) and writes dist/search-index/. The pages' files and the
 * shares of words are named by their contents, so a browser never mixes files of two builds; index.json names them.
 * With a `cache`, an index whose pages, words and code are all as in the last build is placed again whole
 * (./kept-index.ts), and otherwise a page read in the last build with the same HTML, words and code is not read
 * again (./reading-cache.ts); the files are the same either way.
 */
export async function buildSearchIndex(
  distDir: string,
  built: readonly BuiltPage[],
  catalog: Catalog,
  cache?: ReadingCache,
): Promise<IndexReport> {
  const started = performance.now();
  const searchable = built
    .filter(({ file }) => isSearchablePage(file))
    .map(({ file, html }) => ({ path: pathOf(file), html, htmlHash: sha256(html) }));
  const vocabulary = searchVocabulary(catalog);
  const labels = searchPageLabels(catalog);
  const folder = join(distDir, searchIndexFolder);
  const report = (reused: number) => ({
    pages: searchable.length,
    reused,
    milliseconds: Math.round(performance.now() - started),
  });
  const kept = cache && { cache, key: indexKey(cache, vocabulary, labels, searchable) };
  if (kept) {
    const placed = await placeKeptIndex(kept.cache, kept.key, folder);
    if (placed) {
      await pruneKept(keptFiles(kept.cache), new Set(placed));
      return report(searchable.length);
    }
  }

  const readings = await keptReadings(cache, vocabulary, labels);
  const read = searchable.map(({ path, html, htmlHash }): PageToIndex => ({
    path,
    ...(readings.kept(path, htmlHash) ?? readPageText(html)),
  }));
  const { index, shards, pages } = buildSearchFiles(read, vocabulary, labels, readings.reader);
  await readings.save();

  const pageFiles = pages.map((page) => JSON.stringify(page));
  const pagesFolder = `pages-${nameOf(pageFiles.join('\n'))}`;
  const shardFiles = shards.map((shard, number) => {
    const content = JSON.stringify(shard);
    return { name: `words-${number}-${nameOf(content)}.json`, content };
  });
  const complete: SearchIndex = { ...index, shards: shardFiles.map((shard) => shard.name), pages: pagesFolder };
  await writeIndexFiles(
    folder,
    [
      ...pageFiles.map((content, id) => ({ name: `${pagesFolder}/${id}.json`, content })),
      ...shardFiles,
      { name: 'index.json', content: JSON.stringify(complete) },
    ],
    kept,
  );
  return report(readings.reused());
}
