import { dirname, join } from 'node:path';
import { cacheKey, sha256 } from '../lib/cache-key.ts';
import { folderMaker, keepEntries, placeIfKept, placeKept, readKeptEntries } from '../lib/kept-files.ts';
import type { SearchPageLabel } from './page-labels.ts';
import type { ReadingCache } from './reading-cache.ts';
import type { VocabularyEntity } from './vocabulary.ts';

/**
 * The last build's whole search index, kept to be placed again when nothing it comes from changed: the same pages'
 * HTML, the same words and labels from the catalogue, the same code and ICU. Building the index from kept readings
 * still costs about half a second on the national bench set (gathering 4,528 pages' words into shares, writing
 * and hashing each result file); placing the kept files costs one link each.
 * Each file is kept under the hash of its contents (`files/`, with the result files); `index.json` names the key
 * of the last index and its files' hashes, by their names inside dist/search-index/.
 */

/** The key of an index: everything that shapes its files (the runtime's ICU among them, in cacheKey). */
export function indexKey(
  cache: ReadingCache,
  vocabulary: VocabularyEntity[],
  labels: ReadonlyMap<string, SearchPageLabel>,
  pages: readonly { path: string; htmlHash: string }[],
): string {
  const entities = vocabulary.map((entity) => ({ ...entity, pages: [...entity.pages] }));
  const pageHashes = pages.map(({ path, htmlHash }) => [path, htmlHash]);
  return cacheKey({ search: 'index', code: cache.code, entities, labels: [...labels], pages: pageHashes }, []);
}

/** Where the files of the indexes are kept, by their contents' hash. */
export const keptFiles = (cache: ReadingCache) => join(cache.dir, 'files');
const lastIndex = (cache: ReadingCache) => join(cache.dir, 'index.json');

/** A file of the index: its name inside the index folder and its contents' hash. */
export interface IndexFile {
  name: string;
  hash: string;
}

/** Makes the folders the files named inside `folder` go into, each once. */
export async function makeFolders(folder: string, names: readonly string[]): Promise<void> {
  const make = folderMaker();
  await Promise.all(names.map((name) => make(dirname(join(folder, name)))));
}

/**
 * Places the kept index under `key` into `folder`, and says the kept files it placed; undefined when the last
 * build's index had another key or one of its files is gone (then the index is built, and its files placed over
 * these).
 */
export async function placeKeptIndex(cache: ReadingCache, key: string, folder: string): Promise<string[] | undefined> {
  const files = (await readKeptEntries<IndexFile[]>(lastIndex(cache))).get(key);
  if (!files) return undefined;
  await makeFolders(
    folder,
    files.map(({ name }) => name),
  );
  const placed = await Promise.all(
    files.map(({ name, hash }) => placeIfKept(join(folder, name), hash, keptFiles(cache), 'json')),
  );
  return placed.every((file) => file !== undefined) ? placed : undefined;
}

/** Puts a file of the index into `folder` from the kept files, keeping it first when it is new; says its hash. */
export async function placeIndexFile(
  cache: ReadingCache,
  folder: string,
  name: string,
  content: string,
): Promise<IndexFile & { file: string }> {
  const hash = sha256(content);
  const { file } = await placeKept(join(folder, name), hash, keptFiles(cache), () => Buffer.from(content), 'json');
  return { name, hash, file };
}

/** Keeps `files` as the index under `key`, for the next build's placeKeptIndex. */
export async function keepIndex(cache: ReadingCache, key: string, files: IndexFile[]): Promise<void> {
  const file = lastIndex(cache);
  await keepEntries(file, new Map([[key, files]]), await readKeptEntries<IndexFile[]>(file));
}
