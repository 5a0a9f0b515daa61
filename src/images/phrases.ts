import { loadDefaultJapaneseParser } from 'budoux';

/**
 * Japanese has no spaces, so a renderer left to itself breaks a title anywhere, even inside a word
 * (全身性強 / 皮症). BudouX splits text into phrases a reader would keep together; the image templates lay the
 * phrases out as unbreakable pieces, so lines end only between them.
 */

const parser = loadDefaultJapaneseParser();

export function phrases(text: string): string[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word, index, words) => {
      const pieces = parser.parse(word);
      // Keep the space a writer put between words as the end of the previous phrase.
      return index < words.length - 1 ? [...pieces.slice(0, -1), `${pieces.at(-1)}\u00a0`] : pieces;
    });
}
