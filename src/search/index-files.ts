import {
  decodePairs,
  encodePairs,
  relationWeight,
  type SearchIndex,
  type SearchPage,
  type SearchShard,
} from './index-format.ts';
import type { SearchPageLabel } from './page-labels.ts';
import type { PageText } from './page-text.ts';
import type { VocabularyEntity } from './vocabulary.ts';
import { knownWords, readLongText, readText, shardOf, type KnownWords } from './word-finder.ts';

/**
 * The search's files from the built pages and the vocabulary (pure; ./build-index.ts reads and writes them).
 * Each page's text is read as a query is read (./word-finder.ts): the known words it mentions join their entity's
 * pages, the other words go to the shares of words → pages.
 */

export interface PageToIndex extends PageText {
  path: string;
}

export interface SearchFiles {
  /** The index without its files' names, which depend on their contents. */
  index: Omit<SearchIndex, 'shards' | 'pages'>;
  shards: SearchShard[];
  pages: SearchPage[];
}

/** About 8 KiB compressed: a query with one other word reads one share. */
const shardBytes = 24_000;

/**
 * A word mentioned on more pages than this (and on more than 1 page in 20) is too common for its mentions to tell
 * pages apart (家族, 病気): it finds the pages made of it, not every page that says it.
 */
const fewMentions = 12;

/**
 * A page's file keeps this much of its text for the excerpt; long lists (a programme's hundreds of rooms) are cut,
 * so a result costs little to show.
 */
export const keptText = 2_000;

/** Each known word with what it names and how strongly (`[entity, strength, …]`), and how it is written. */
function wordsOf(vocabulary: VocabularyEntity[]): Pick<SearchIndex, 'words' | 'written'> {
  const senses = new Map<string, Map<number, number>>();
  const written: SearchIndex['written'] = {};
  vocabulary.forEach((entity, index) => {
    for (const word of entity.words) {
      const named = senses.get(word.form) ?? new Map<number, number>();
      named.set(index, Math.max(named.get(index) ?? 0, word.strength));
      senses.set(word.form, named);
      if (word.written !== word.form && !(word.form in written)) written[word.form] = word.written;
    }
  });
  return { words: Object.fromEntries([...senses].map(([form, named]) => [form, encodePairs(named)])), written };
}

/** The other words' pages, in shares of about `shardBytes`, each word in the share `shardOf` names. */
function shardsOf(postings: Map<string, Map<number, number>>): SearchShard[] {
  const entries = [...postings].sort(([a], [b]) => a.localeCompare(b));
  const encoded = entries.map(([token, pages]) => [token, encodePairs(pages)] as const);
  const size = encoded.reduce((total, [token, pages]) => total + JSON.stringify([token, pages]).length, 0);
  const count = Math.max(1, Math.ceil(size / shardBytes));
  const shards: SearchShard[] = Array.from({ length: count }, () => ({}));
  for (const [token, pages] of encoded) {
    const shard = shards[shardOf(token, count)];
    if (shard) shard[token] = pages;
  }
  return shards;
}

/** What the index takes from one page's text: the known words it mentions, and its other words with their weights. */
export interface PageReading {
  /** The known words' forms, as often as the text has them. */
  words: string[];
  /** Each other word's form and its weight on the page: how often it is said, up to 3, and 3 more in the title. */
  tokens: [string, number][];
}

/** A page's reading: its title and text read as a query is read. */
export function readPage(page: PageToIndex, label: SearchPageLabel, known: KnownWords): PageReading {
  const titleTokens = new Set(readText(label.title, known).tokens.map((token) => token.form));
  const read = readLongText(`${label.title} ${page.text}`, known);
  return {
    words: read.words.map((word) => word.form),
    tokens: read.tokens.map(({ form, count }) => [form, Math.min(count, 3) + (titleTokens.has(form) ? 3 : 0)]),
  };
}

/** How a page is read: `readPage`, or the same reading kept from an earlier build (./reading-cache.ts). */
export type PageReader = (page: PageToIndex, label: SearchPageLabel, known: KnownWords) => PageReading;

export function buildSearchFiles(
  built: PageToIndex[],
  vocabulary: VocabularyEntity[],
  labels: Map<string, SearchPageLabel>,
  reader: PageReader = readPage,
): SearchFiles {
  const ids = new Map(built.map((page, id) => [page.path, id]));
  const known = knownWords(vocabulary.flatMap((entity) => entity.words.map((word) => word.form)));
  const { words, written } = wordsOf(vocabulary);
  const named = (form: string) => [...decodePairs(words[form] ?? []).keys()];
  const entityPages = vocabulary.map(
    (entity) =>
      new Map(
        [...entity.pages].flatMap(([path, weight]) => {
          const id = ids.get(path);
          return id === undefined ? [] : [[id, weight] as const];
        }),
      ),
  );

  const postings = new Map<string, Map<number, number>>();
  const pages = built.map((page, id): SearchPage => {
    const label: SearchPageLabel = labels.get(page.path) ?? { title: page.heading || page.path, kind: '案内' };
    const read = reader(page, label, known);
    for (const form of read.words) {
      for (const entity of named(form)) {
        const mentioned = entityPages[entity];
        if (mentioned && !mentioned.has(id)) mentioned.set(id, relationWeight.mention);
      }
    }
    for (const [form, weight] of read.tokens) {
      const tokenPages = postings.get(form) ?? new Map<number, number>();
      tokenPages.set(id, weight);
      postings.set(form, tokenPages);
    }
    return { path: page.path, ...label, text: page.text.slice(0, keptText) };
  });

  const mentionsAllowed = Math.max(fewMentions, Math.ceil(built.length / 20));
  for (const pages of entityPages) {
    const mentions = [...pages].filter(([, weight]) => weight === relationWeight.mention);
    if (mentions.length > mentionsAllowed) for (const [page] of mentions) pages.delete(page);
  }

  return {
    index: {
      words,
      written,
      entities: vocabulary.map((entity, index) => ({
        label: entity.label,
        kind: entity.kind,
        pages: encodePairs(entityPages[index] ?? new Map()),
      })),
    },
    shards: shardsOf(postings),
    pages,
  };
}
