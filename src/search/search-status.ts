import type { Ranking } from './rank.ts';

/**
 * What the search says about its results, in the status line a screen reader announces: how many pages answer,
 * what was not found, plainly when nothing was.
 */

interface Found {
  shown: number;
  total: number;
  /** Some pages were left unchecked, so more may answer. */
  more: boolean;
  /** A query with a crisis word: the help block above it answers first, and nothing is said of words not found. */
  crisis: boolean;
}

const quoted = (words: readonly string[]) => words.map((word) => `「${word}」`).join('と');

function statusOf(query: string, ranking: Ranking, found: Found): string {
  if (found.shown === 0) {
    return found.crisis
      ? 'いちばん上に、いま相談できる窓口を出しています。'
      : `「${query}」が見つかるページはありませんでした。`;
  }
  const count =
    `${found.total} 件${found.more ? '以上' : ''}` +
    (found.total > found.shown ? `（関係の深いものから ${found.shown} 件を出しています）` : '');
  if (ranking.by !== 'words') return `「${query}」が出てくるページ: ${count}。`;
  const missing =
    ranking.missing.length > 0 && !found.crisis ? `${quoted(ranking.missing)}が出てくるページはありませんでした。` : '';
  return ranking.separately
    ? `${quoted(ranking.words)}のすべてに当てはまるページはありませんでした。どれかに当てはまるページ: ${count}。${missing}`
    : `「${query}」に当てはまるページ: ${count}。${missing}`;
}

export const searchStatus = {
  of: statusOf,
  unavailable: '検索の準備ができませんでした。通信の具合を確かめて、もう一度お試しください。下の一覧からも探せます。',
};
