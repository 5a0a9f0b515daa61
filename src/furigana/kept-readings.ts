import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { cacheKey } from '../lib/cache-key.ts';
import { keepEntries, readKeptEntries } from '../lib/kept-files.ts';
import type { FuriganaDictionary } from '../schemas/furigana.ts';
import { createFurigana, type Furigana } from './readings.ts';

/**
 * The readings given to each text kept between builds (.cache/furigana/), so a build whose texts for children are
 * unchanged never loads kuromoji's dictionary (national bench set: about 3.5 s of a 4 s step). A text's readings are
 * kept under a key of everything they come from — the text, the staff's dictionary, the code that reads it and the
 * versions of the analyzer — so a kept one is always what a fresh reading would give.
 */

export interface FuriganaCache {
  dir: string;
  /** The fingerprint of the code that gives the readings (../lib/code-fingerprint.ts). */
  code: string;
}

type Annotation = Awaited<ReturnType<Furigana['annotate']>>;

export interface KeptFurigana extends Furigana {
  /** Keeps this build's readings (only these, so the file does not grow with texts long gone). */
  save(): Promise<void>;
  reused(): number;
}

const analyzers = ['kuroshiro', 'kuroshiro-analyzer-kuromoji', 'kuromoji'];

export async function keptFurigana(dictionary: FuriganaDictionary, cache: FuriganaCache): Promise<KeptFurigana> {
  const file = join(cache.dir, 'readings.json');
  const previous = await readKeptEntries<Annotation>(file);
  const next = new Map<string, Annotation>();
  let fresh: Promise<Furigana> | undefined;
  let reused = 0;
  const readingsOf = cacheKey({ dictionary, code: cache.code }, analyzers);
  return {
    async annotate(text) {
      const key = createHash('sha256').update(readingsOf).update(text).digest('hex');
      const kept = next.get(key) ?? previous.get(key);
      if (kept) {
        if (!next.has(key)) reused++;
        next.set(key, kept);
        return { html: kept.html, unread: [...kept.unread] };
      }
      // Loading the analyzer's dictionary takes a moment: only a build with a new text pays it.
      fresh ??= createFurigana(dictionary);
      const annotation = await (await fresh).annotate(text);
      next.set(key, annotation);
      return { html: annotation.html, unread: [...annotation.unread] };
    },
    save: () => keepEntries(file, next, previous),
    reused: () => reused,
  };
}
