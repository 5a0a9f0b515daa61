import { loadDefaultJapaneseParser } from 'budoux';

/**
 * Japanese has no spaces, so a renderer left to itself breaks a title anywhere, even inside a word
 * (全身性強 / 皮症, 交 / 流会). BudouX splits text into phrases a reader would keep together. The one helper for
 * pages and images alike: image templates lay the phrases out as unbreakable pieces (`phrases`), pages get a
 * `<wbr>` between them (./phrase-breaks-html.ts), so lines end only between phrases, or at a space.
 */

const parser = loadDefaultJapaneseParser();

/**
 * A site says the same words on many pages and images (menu labels, headings, names, dates): each word is parsed
 * once per build. Bounded, so a long dev session does not grow it without end.
 */
const parsedWords = new Map<string, readonly string[]>();
const parsedWordsLimit = 50_000;

function parseWord(word: string): readonly string[] {
  let pieces = parsedWords.get(word);
  if (pieces === undefined) {
    pieces = parser.parse(word);
    if (parsedWords.size >= parsedWordsLimit) parsedWords.clear();
    parsedWords.set(word, pieces);
  }
  return pieces;
}

export function phrases(text: string): string[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word, index, words) => {
      const pieces = parseWord(word);
      // Keep the space a writer put between words as the end of the previous phrase.
      return index < words.length - 1 ? [...pieces.slice(0, -1), `${pieces.at(-1)}\u00a0`] : pieces;
    });
}

/**
 * Where a line may end inside the words of `text`: the offsets (in UTF-16 code units, as strings index) between
 * two phrases of one word. A space is a place to end a line of its own and is not listed.
 */
export function phraseBoundaries(text: string): number[] {
  const boundaries: number[] = [];
  for (const word of text.matchAll(/\S+/g)) {
    let offset = word.index;
    const pieces = parseWord(word[0]);
    for (const piece of pieces.slice(0, -1)) {
      offset += piece.length;
      boundaries.push(offset);
    }
  }
  return boundaries;
}

/**
 * An address (a page's URL, an e-mail) or text with one, cut after each run of separators (/ - . _ @ ? & =): where a
 * line may end inside it, so that no line starts with a lone slash (https:// stays whole). Images set the parts as
 * pieces, pages put a `<wbr>` between them.
 */
export const addressParts = (text: string): string[] => text.split(afterSeparators);

const afterSeparators = /(?<=[/\-._@?&=])(?![/\-._@?&=])/u;
