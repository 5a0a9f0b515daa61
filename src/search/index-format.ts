import type { SearchPageKind } from './page-labels.ts';

/**
 * The files of the site search, written at the end of the build into `search-index/` and read by the search page.
 * Pages are numbered; a list of pages (or of what a word names) is one flat number array (./index-format.ts
 * `encodePairs`), the smallest JSON.
 *
 * - `index.json` (read on the first query): the words the site knows and the pages they lead to.
 * - one file per share of the other words of all pages (read only when a query has such a word).
 * - one small file per page: its label and text, for the results' titles and excerpts (read for the results shown).
 */

export const searchIndexFolder = 'search-index';

/** What a known word names. An illness is what a visitor came to find; the other kinds say more about it. */
export type SearchEntityKind = 'condition' | 'role' | 'programme' | 'section';

/** How closely a page belongs to what a word names; a word's weight on a page is this times its strength. */
export const relationWeight = { own: 10, pair: 6, room: 5, programme: 4, event: 3, mention: 1 } as const;

/** A name or its reading outranks another name: ヤングケアラー is the child role's name, an alias elsewhere. */
export const wordStrength = { name: 6, other: 5 } as const;

export interface SearchIndex {
  /** Each known word, folded, with what it names and how strongly (entity → strength, `encodePairs`). */
  words: Record<string, number[]>;
  /** How a known word is written when that differs from its folded form: a reading's word, an abbreviation's case. */
  written: Record<string, string>;
  /** What the words name (conditions, roles, programmes, sections), with their pages (page → weight, `encodePairs`). */
  entities: { label: string; kind: SearchEntityKind; pages: number[] }[];
  /** The files holding the other words' pages, in the order `shardOf` numbers them. */
  shards: string[];
  /** The folder of the pages' files: `<folder>/<page>.json`. */
  pages: string;
}

/** One share of the other words: each word, folded, with its pages (page → weight, `encodePairs`). */
export type SearchShard = Record<string, number[]>;

export interface SearchPage {
  /** The page's path inside the site: `rooms/mpa/`. */
  path: string;
  title: string;
  kind: SearchPageKind;
  context?: string;
  /** The page's own text (./page-text.ts), for excerpts and for checking a phrase; the start of a long one. */
  text: string;
}

/**
 * Numbered things with a value each (pages with their weight, entities with a word's strength) as one array:
 * `[first, value, step to the next, value, …]`, in order, each number after the first the step from the one
 * before, so a long list is written in small numbers.
 */
export function encodePairs(pairs: ReadonlyMap<number, number>): number[] {
  let previous = 0;
  return [...pairs]
    .sort(([a], [b]) => a - b)
    .flatMap(([key, value]) => {
      const step = key - previous;
      previous = key;
      return [step, value];
    });
}

export function decodePairs(encoded: readonly number[]): Map<number, number> {
  const pairs = new Map<number, number>();
  let key = 0;
  for (let at = 0; at + 1 < encoded.length; at += 2) {
    key += encoded[at] ?? 0;
    pairs.set(key, encoded[at + 1] ?? 0);
  }
  return pairs;
}
