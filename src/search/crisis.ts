import { matchForm } from '../lib/typed-text.ts';

/**
 * Whether a query says what a person in crisis says (死にたい, しにたい, シニタイ, もう 限界): any of the site's
 * crisis words (src/model/crisis-words.ts) anywhere in it, however it is written or spaced. Checked before and
 * apart from the search, so help shows even when the search cannot load.
 */
export function isCrisisQuery(query: string, crisisWords: readonly string[]): boolean {
  const typed = matchForm(query).replace(/\s+/gu, '');
  return typed !== '' && crisisWords.some((word) => typed.includes(matchForm(word)));
}
