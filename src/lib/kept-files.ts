import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Files a build keeps for the next one (renders, readings): written whole or not at all, so a build stopped halfway
 * or one running beside it never reads half a file. Each writer has its own partial file, so two writing the same
 * file at once cannot take each other's.
 */
export async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${randomUUID()}.partial`;
  await writeFile(partial, data);
  await rename(partial, file);
}

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
