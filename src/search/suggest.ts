import { closestName } from '../lib/closest.ts';
import { matchForm } from '../lib/typed-text.ts';
import type { SearchIndex } from './index-format.ts';

/**
 * What a visitor may have meant when nothing was found: words of the site that begin with what was typed
 * (とうごう → 統合失調症), or the one a typo is closest to (とうごうしつちょうしょう → 統合失調症). Each is shown as
 * written, with its reading when it was found by its reading: 統合失調症（とうごうしっちょうしょう）.
 */

export interface Suggestion {
  /** What to search for instead. */
  query: string;
  /** How to show it. */
  label: string;
}

const shown = 3;

export function suggestionsFor(query: string, index: SearchIndex): Suggestion[] {
  const typed = matchForm(query).replace(/\s+/gu, '');
  if ([...typed].length < 2) return [];
  const forms = Object.keys(index.words);
  const beginning = forms
    .filter((form) => form.startsWith(typed) && form !== typed)
    .sort((a, b) => a.length - b.length);
  const closest = closestName(typed, forms);
  const suggestions = new Map<string, Suggestion>();
  for (const form of [...beginning, ...(closest ? [closest] : [])]) {
    const written = index.written[form] ?? form;
    const isReading = matchForm(written) !== form;
    if (!suggestions.has(written)) {
      suggestions.set(written, { query: written, label: isReading ? `${written}（${form}）` : written });
    }
  }
  return [...suggestions.values()].slice(0, shown);
}
