import type { SearchIndex, SearchPage, SearchShard } from './index-format.ts';
import type { SearchPageLabel } from './page-labels.ts';
import type { PageText } from './page-text.ts';
import { relationWeight, type VocabularyEntity } from './vocabulary.ts';
import { knownWords, readText, shardOf } from './word-finder.ts';

/**
 * The search's files from the built pages and the vocabulary (pure; ./build-index.ts reads and writes them).
 * Each page's text is read as a query is read (./word-finder.ts): the known words it mentions join their entity's
 * pages, the other words go to the shares of words → pages.
 */

export interface BuiltPage extends PageText {
  path: string;
}

export interface SearchFiles {
  /** The index without its files' names, which depend on their contents. */
  index: Omit<SearchIndex, 'shards' | 'pages'>;
  shards: SearchShard[];
  pages: SearchPage[];
}

/** Around 12 KiB compressed: a query with one other word reads one share. */
const shardBytes = 48_000;

const flat = (pages: Map<number, number>) => [...pages].sort(([a], [b]) => a - b).flat();

export function buildSearchFiles(
  built: BuiltPage[],
  vocabulary: VocabularyEntity[],
  labels: Map<string, SearchPageLabel>,
): SearchFiles {
  const ids = new Map(built.map((page, id) => [page.path, id]));
  const known = knownWords(vocabulary.flatMap((entity) => entity.words.map((word) => word.form)));
  const entitiesOf = new Map<string, number[]>();
  vocabulary.forEach((entity, index) => {
    for (const word of entity.words) entitiesOf.set(word.form, [...(entitiesOf.get(word.form) ?? []), index]);
  });

  const entityPages = vocabulary.map((entity) => {
    const pages = new Map<number, number>();
    for (const [path, weight] of entity.pages) {
      const id = ids.get(path);
      if (id !== undefined) pages.set(id, weight);
    }
    return pages;
  });
  const postings = new Map<string, Map<number, number>>();
  const pages = built.map((page, id): SearchPage => {
    const label: SearchPageLabel = labels.get(page.path) ?? { title: page.heading || page.path, kind: '案内' };
    const titleTokens = new Set(readText(label.title, known).tokens.map((token) => token.form));
    const read = readText(`${label.title} ${page.text}`, known);
    for (const word of read.words) {
      for (const entity of entitiesOf.get(word.form) ?? []) {
        const mentions = entityPages[entity];
        if (mentions && !mentions.has(id)) mentions.set(id, relationWeight.mention);
      }
    }
    for (const { form, count } of read.tokens) {
      const tokenPages = postings.get(form) ?? new Map<number, number>();
      tokenPages.set(id, Math.min(count, 3) + (titleTokens.has(form) ? 3 : 0));
      postings.set(form, tokenPages);
    }
    return { path: page.path, ...label, text: page.text };
  });

  const words: SearchIndex['words'] = {};
  const written: SearchIndex['written'] = {};
  vocabulary.forEach((entity, index) => {
    for (const word of entity.words) {
      const senses = words[word.form] ?? [];
      const at = senses.findIndex((value, position) => position % 2 === 0 && value === index);
      if (at === -1) senses.push(index, word.strength);
      else senses[at + 1] = Math.max(senses[at + 1] ?? 0, word.strength);
      words[word.form] = senses;
      if (word.written !== word.form && !(word.form in written)) written[word.form] = word.written;
    }
  });

  const entries = [...postings].sort(([a], [b]) => a.localeCompare(b));
  const size = entries.reduce((total, [token, tokenPages]) => total + token.length * 3 + tokenPages.size * 8, 0);
  const count = Math.max(1, Math.ceil(size / shardBytes));
  const shards: SearchShard[] = Array.from({ length: count }, () => ({}));
  for (const [token, tokenPages] of entries) {
    const shard = shards[shardOf(token, count)];
    if (shard) shard[token] = flat(tokenPages);
  }

  return {
    index: {
      words,
      written,
      entities: vocabulary.map((entity, index) => ({
        label: entity.label,
        pages: flat(entityPages[index] ?? new Map()),
      })),
    },
    shards,
    pages,
  };
}
