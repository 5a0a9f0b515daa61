import { matchForm } from '../lib/typed-text.ts';
import {
  decodePairs,
  relationWeight,
  wordStrength,
  type SearchIndex,
  type SearchPage,
  type SearchShard,
} from './index-format.ts';
import { knownWords, readText, shardOf, type FoundWord, type KnownWords, type ReadText } from './word-finder.ts';

/**
 * Which pages answer a query, best first (pure: the search page loads the files, this decides).
 *
 * - A query with words the site knows (names, readings, aliases, the words people use) finds the pages those
 *   words lead to. With several (兄が統合失調症), the pages made of all of them come first, so the condition × role
 *   page is first, then the pages of each; a page that only mentions a word comes after the pages made of it.
 *   Other words of the query only reorder these pages.
 * - A query with only other words finds the pages whose text has every one of them (and, checked on the page's
 *   text by the search page, every phrase of them: `phrases`).
 * - Nothing else is a match: a single character, a function word, a word no page has. Then nothing is shown.
 */

export interface SearchQuery {
  read: ReadText;
  /** The shares of words this query needs (`SearchIndex.shards` positions). */
  shards: number[];
}

export interface RankedPage {
  page: number;
  score: number;
}

export type Ranking =
  | {
      by: 'words';
      pages: RankedPage[];
      /** The known words as typed, for the status line. */
      words: string[];
      /** True when no page answers every known word, so each one's pages are listed. */
      separately: boolean;
      /** Other words of the query that no page has. */
      missing: string[];
    }
  | { by: 'text'; pages: RankedPage[]; phrases: string[] }
  | { by: 'nothing'; missing: string[] };

/** The index's words, ready for the finder. */
export function indexWords(index: SearchIndex): KnownWords {
  return knownWords(Object.keys(index.words));
}

export function readQuery(query: string, index: SearchIndex, known: KnownWords): SearchQuery {
  const read = readText(query, known, { completing: true });
  const shards = [...new Set(read.tokens.map((token) => shardOf(token.form, index.shards.length)))];
  return { read, shards };
}

/** What a known word names, and how strongly; a word still being typed counts a little less. */
function sensesOf(word: FoundWord, index: SearchIndex): { entity: number; strength: number }[] {
  return (word.completes ?? [word.form]).flatMap((form) =>
    [...decodePairs(index.words[form] ?? [])].map(([entity, strength]) => ({
      entity,
      strength: word.completes ? strength - 1 : strength,
    })),
  );
}

/** A known word's weight on each page: the best of what it names. */
function wordScores(word: FoundWord, index: SearchIndex): Map<number, number> {
  const senses = sensesOf(word, index);
  const scores = new Map<number, number>();
  for (const { entity, strength } of senses) {
    for (const [page, weight] of decodePairs(index.entities[entity]?.pages ?? [])) {
      scores.set(page, Math.max(scores.get(page) ?? 0, weight * strength));
    }
  }
  return scores;
}

/** A page belongs to what a word names when it is made of it, not only when its text mentions it. */
const belongs = (score: number) => score > relationWeight.mention * wordStrength.name;

interface PageScore {
  /** How many of the query's known words the page belongs to. */
  covered: number;
  /** Its weight for the words that name an illness. */
  illness: number;
  score: number;
}

/**
 * Best first: the pages made of the most known words. When no page is made of all of them (統合失調症の家族: the
 * family community has no 家族 role page), the illness leads: its pages before the other word's, which may be
 * another illness's (the rare-disease families' page).
 */
function sorted(scores: Map<number, PageScore>, separately: boolean): RankedPage[] {
  return [...scores]
    .sort(
      ([pageA, a], [pageB, b]) =>
        b.covered - a.covered || (separately ? b.illness - a.illness : 0) || b.score - a.score || pageA - pageB,
    )
    .map(([page, { score }]) => ({ page, score }));
}

export function rankPages(query: SearchQuery, index: SearchIndex, shards: ReadonlyMap<number, SearchShard>): Ranking {
  const { read } = query;
  const tokenPages = read.tokens.map((token) => ({
    token,
    pages: decodePairs(shards.get(shardOf(token.form, index.shards.length))?.[token.form] ?? []),
  }));
  const missing = tokenPages.filter((entry) => entry.pages.size === 0).map((entry) => entry.token.text);

  if (read.words.length > 0) {
    const perWord = read.words.map((word) => wordScores(word, index));
    const namesIllness = read.words.map((word) =>
      sensesOf(word, index).some(({ entity }) => index.entities[entity]?.kind === 'condition'),
    );
    const scores = new Map<number, PageScore>();
    for (const page of new Set(perWord.flatMap((word) => [...word.keys()]))) {
      const own = perWord.map((word) => word.get(page) ?? 0);
      const boost = tokenPages.reduce((total, entry) => total + (entry.pages.get(page) ?? 0), 0);
      scores.set(page, {
        covered: own.filter(belongs).length,
        illness: Math.max(0, ...own.filter((_, at) => namesIllness[at])),
        score: own.reduce((a, b) => a + b, 0) + boost,
      });
    }
    const best = Math.max(0, ...[...scores.values()].map((score) => score.covered));
    const separately = read.words.length > 1 && best < read.words.length;
    return {
      by: 'words',
      pages: sorted(scores, separately),
      words: read.words.map((word) => word.text),
      separately,
      missing,
    };
  }

  if (tokenPages.length === 0 || missing.length > 0) {
    return { by: 'nothing', missing };
  }
  const [first, ...rest] = tokenPages;
  const candidates = [...(first?.pages.keys() ?? [])].filter((page) => rest.every((entry) => entry.pages.has(page)));
  if (candidates.length === 0) return { by: 'nothing', missing: [] };
  const scores = new Map(
    candidates.map((page) => [
      page,
      {
        covered: tokenPages.length,
        illness: 0,
        score: tokenPages.reduce((total, entry) => total + (entry.pages.get(page) ?? 0), 0),
      },
    ]),
  );
  return { by: 'text', pages: sorted(scores, false), phrases: read.phrases };
}

/**
 * Whether a page's own name or text has every phrase of a query of other words (オンライン交流会 as one phrase).
 * A long page is judged on the start its file keeps: better to miss it than to show a page for a fragment.
 */
export function hasPhrases(page: Pick<SearchPage, 'title' | 'text'>, phrases: readonly string[]): boolean {
  const folded = matchForm(`${page.title} ${page.text}`);
  return phrases.every((phrase) => folded.includes(phrase));
}
