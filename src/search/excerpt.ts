import { foldForMatching } from '../lib/typed-text.ts';

/**
 * A short passage of a page's own text around where the query is found, with the found words marked. Words are
 * looked for in the order given (what was typed first, then other names of the same thing), so a search for
 * きょうひしょう shows where the page says 全身性強皮症. Without any of them, the passage is the page's first lines.
 * The passage is the text as written; it is compared in the form a query is (ＳＳｃ written, SSc typed).
 */

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const before = 24;
const length = 90;

/** The text in the form a query is compared in, and where each of its characters stands in the text as written. */
function comparable(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const form = foldForMatching(char.normalize('NFKC'));
    folded += form;
    origin.push(...new Array<number>(form.length).fill(index));
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

export function excerptOf(text: string, preferred: readonly string[], others: readonly string[] = []): ExcerptPart[] {
  const { folded, origin } = comparable(text);
  const found = [...preferred, ...others]
    .filter(Boolean)
    .map((form) => folded.indexOf(form))
    .find((position) => position >= 0);
  let start = found === undefined ? 0 : Math.max(0, found - before);
  // Begin at a sentence or a line where one is near, rather than inside a word.
  if (found !== undefined) {
    const sentence = Math.max(folded.lastIndexOf('。', found - 1), folded.lastIndexOf(' ', found - 1));
    if (sentence >= start && sentence < found) start = sentence + 1;
  }
  const end = Math.min(folded.length, start + length);

  const needles = [...new Set([...preferred, ...others])].filter(Boolean).sort((a, b) => b.length - a.length);
  const written = (from: number, to: number) => text.slice(origin[from] ?? 0, origin[to] ?? text.length);
  const parts: ExcerptPart[] = [];
  let plain = start;
  let at = start;
  while (at < end) {
    const needle = needles.find((form) => folded.startsWith(form, at));
    if (needle) {
      if (plain < at) parts.push({ text: written(plain, at), marked: false });
      parts.push({ text: written(at, at + needle.length), marked: true });
      at += needle.length;
      plain = at;
    } else at++;
  }
  if (plain < end) parts.push({ text: written(plain, end), marked: false });
  return [
    ...(start > 0 ? [{ text: '…', marked: false }] : []),
    ...parts,
    ...(end < folded.length ? [{ text: '…', marked: false }] : []),
  ];
}
