import { join } from 'node:path';
import { sha256 } from '../lib/cache-key.ts';
import { keepEntries, readKeptEntries } from '../lib/kept-files.ts';
import { keptText, readPage, type PageReader, type PageReading } from './index-files.ts';
import type { SearchPageLabel } from './page-labels.ts';
import type { PageText } from './page-text.ts';
import type { VocabularyEntity } from './vocabulary.ts';

/**
 * The pages' readings (./index-files.ts `readPage`) kept between builds, so a build reads again only the pages that
 * changed: reading the pages is about half of the index's time (national bench set: 8.5 s without, 4.5 s with the
 * kept readings), and most pages are the same as last time. A reading is kept under a key of everything it comes
 * from — the page's HTML, its label's title, the words the site knows, the code that reads pages and the runtime's
 * ICU — so a kept one is always the one a fresh read would give.
 */

export interface ReadingCache {
  dir: string;
  /** The fingerprint of the code that reads a page (../lib/code-fingerprint.ts). */
  code: string;
}

/** A page's reading with what the index keeps of its text. */
interface KeptReading extends PageReading {
  heading: string;
  /** The start of the text: what the page's file keeps for excerpts. */
  text: string;
}

export interface Readings {
  /** The page's heading and the start of its text when its reading is kept; else it is read afresh. */
  kept(path: string, htmlHash: string): PageText | undefined;
  reader: PageReader;
  /** Keeps this build's readings (only these, so the file does not grow with pages long gone). */
  save(): Promise<void>;
  reused(): number;
}

const uncached: Readings = { kept: () => undefined, reader: readPage, save: async () => {}, reused: () => 0 };

export async function keptReadings(
  cache: ReadingCache | undefined,
  vocabulary: VocabularyEntity[],
  labels: Map<string, SearchPageLabel>,
): Promise<Readings> {
  if (!cache) return uncached;
  const file = join(cache.dir, 'readings.json');
  const previous = await readKeptEntries<KeptReading>(file);
  const words = sha256(JSON.stringify(vocabulary.map((entity) => entity.words.map((word) => word.form))));
  const keys = new Map<string, string>();
  const next = new Map<string, KeptReading>();
  let reused = 0;
  return {
    kept(path, htmlHash) {
      // The heading a page without a label is named by comes from its HTML, which is in the key.
      // Words are cut by the runtime's ICU (Intl.Segmenter): a new ICU may cut them elsewhere.
      const key = sha256(
        JSON.stringify([cache.code, process.versions.icu, words, path, labels.get(path)?.title ?? null, htmlHash]),
      );
      keys.set(path, key);
      const reading = previous.get(key);
      return reading && { heading: reading.heading, text: reading.text };
    },
    reader(page, label, known) {
      const key = keys.get(page.path);
      const kept = key === undefined ? undefined : previous.get(key);
      if (kept) reused++;
      const reading = kept ?? {
        heading: page.heading,
        text: page.text.slice(0, keptText),
        ...readPage(page, label, known),
      };
      if (key !== undefined) next.set(key, reading);
      return reading;
    },
    save: () => keepEntries(file, next, previous),
    reused: () => reused,
  };
}
