import type { BuiltPages } from '../lib/built-pages.ts';
import type { FuriganaDictionary } from '../schemas/furigana.ts';
import { addFurigana, furiganaMarker } from './html.ts';
import { keptFurigana, type FuriganaCache } from './kept-readings.ts';

export interface FuriganaReport {
  pages: number;
  /** Texts whose readings were kept from the last build rather than read again. */
  reused: number;
  /** Words no reading was found for, each once: staff give them one in content/furigana.yaml. */
  unread: string[];
}

/** Adds readings to every built page that carries the marker, in place. */
export async function addFuriganaToPages(
  built: BuiltPages,
  dictionary: FuriganaDictionary,
  cache: FuriganaCache,
): Promise<FuriganaReport> {
  const furigana = await keptFurigana(dictionary, cache);
  const unread = new Set<string>();
  let pages = 0;
  for (const page of built.pages.filter(({ html }) => html.includes(furiganaMarker))) {
    const result = await addFurigana(page.html, furigana);
    for (const word of result.unread) unread.add(word);
    if (result.html !== page.html) await built.rewrite(page, result.html);
    pages++;
  }
  await furigana.save();
  return { pages, reused: furigana.reused(), unread: [...unread] };
}
