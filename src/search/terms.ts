import { normaliseQuery } from './query.ts';

/**
 * The words that lead to a page, arranged for Pagefind's metadata matching, which compares whole words split at
 * spaces. Japanese has no spaces, so every term is set apart by one, and a name is also split at its brackets
 * and middle dots: 子ども（ヤングケアラー） is found by 子ども and by ヤングケアラー, 配偶者・パートナー by either half.
 *
 * The search box cuts a Japanese query into words with the browser's Intl.Segmenter (多発血管炎 → 多発 / 血管 / 炎),
 * while the index was cut differently when the site was built (Pagefind issue 1237). So each term also carries the
 * words the same segmenter makes of it, and every word of such a query finds its match.
 *
 * Terms are tidied as a typed query is (./query.ts): a name or alias staff wrote in full-width letters (ＳＳｃ) or
 * half-width kana (ｷｮｳﾋｼｮｳ) is found by a visitor typing SSc or キョウヒショウ, and the other way round.
 */

export interface SearchTermFields {
  /** What the page is called, its parts, and its reading: a page named after the query should come first. */
  names: string;
  /** Other names and abbreviations: a page also known by the query comes next. */
  aliases: string;
  /** The reading and the aliases as page text, which the search indexes with extra weight. */
  pageText: string;
}

const separators = /[\s　（）()「」『』【】・、，,／/]+/u;

const querySegmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/** Words of two characters or more: single kana and kanji (は, 的) would match particles in unrelated queries. */
function queryWords(text: string): string[] {
  return [...querySegmenter.segment(text)]
    .filter((segment) => segment.isWordLike && [...segment.segment].length > 1)
    .map((segment) => segment.segment);
}

function withParts(term: string): string[] {
  const parts = term.split(separators).filter(Boolean);
  const whole = parts.length > 1 ? [term.replace(/\s+/gu, ''), ...parts] : parts;
  return [...whole, ...parts.flatMap(queryWords)];
}

function words(terms: string[]): string {
  return [...new Set(terms.flatMap(withParts))].join(' ');
}

export function searchTermFields(name: string, reading: string, aliases: readonly string[]): SearchTermFields {
  const tidied = aliases.map(normaliseQuery);
  return {
    names: words([name, reading].map(normaliseQuery)),
    aliases: words(tidied),
    pageText: [normaliseQuery(reading), ...tidied].join(' '),
  };
}
