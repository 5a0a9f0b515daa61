import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FuriganaDictionary } from '../schemas/furigana.ts';
import { addFurigana, furiganaMarker } from './html.ts';
import { createFurigana, type Furigana } from './readings.ts';

export interface FuriganaReport {
  pages: number;
  /** Words no reading was found for, each once: staff give them one in content/furigana.yaml. */
  unread: string[];
}

/** Adds readings to every built page that carries the marker, in place. */
export async function addFuriganaToPages(distDir: string, dictionary: FuriganaDictionary): Promise<FuriganaReport> {
  const files = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  let furigana: Furigana | undefined;
  const unread = new Set<string>();
  let pages = 0;
  // Read all at once: one page at a time would leave the processor waiting on the disk for each.
  const pagesRead = await Promise.all(
    files.map(async (file) => ({ path: join(distDir, file), html: await readFile(join(distDir, file), 'utf8') })),
  );
  for (const { path, html } of pagesRead) {
    if (!html.includes(furiganaMarker)) continue;
    // Loading the analyzer's dictionary takes a moment; a site without pages for children never pays it.
    furigana ??= await createFurigana(dictionary);
    const result = await addFurigana(html, furigana);
    for (const word of result.unread) unread.add(word);
    if (result.html !== html) await writeFile(path, result.html);
    pages++;
  }
  return { pages, unread: [...unread] };
}
