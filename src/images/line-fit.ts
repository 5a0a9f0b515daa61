import { textWidth, type FontWeight } from './canvas/text.ts';

/**
 * How phrases wrap into lines, measured with the font's real widths (./canvas/text.ts): the images draw exactly the
 * lines these functions find, so a title's size, a clamped description and every block's height are exact. A phrase
 * wider than a whole line is broken where each line ends: a title shrinks, down to its smallest size, to keep every
 * phrase whole, and breaks inside one only when no size can.
 */

/** The font a line is set in. */
export interface LineFont {
  size: number;
  weight: FontWeight;
}

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/** Text cut into its characters, for a piece too wide for any line, which ends wherever it must. */
function characters(text: string): string[] {
  return Array.from(graphemes.segment(text), ({ segment }) => segment);
}

/** How wide a piece is at a line's end, where the space after it is not drawn. */
const endWidth = (piece: string, font: LineFont) => textWidth(piece.trimEnd(), font.size, font.weight);

/** A phrase too wide for any line, cut into the parts that fill one line each. */
function lineParts(piece: string, font: LineFont, width: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const character of characters(piece)) {
    if (part && endWidth(part + character, font) > width) {
      parts.push(part);
      part = '';
    }
    part += character;
  }
  return part ? [...parts, part] : parts;
}

/**
 * Packs phrases greedily into lines no wider than `width` px. A phrase never splits, unless it is wider than a line
 * on its own: then it takes lines of its own, cut where each is full, and the next phrase starts a line.
 */
export function wrapPhrases(pieces: readonly string[], font: LineFont, width: number): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  let used = 0;
  const endLine = () => {
    if (line.length > 0) lines.push(line);
    line = [];
    used = 0;
  };
  for (const piece of pieces) {
    if (endWidth(piece, font) > width) {
      endLine();
      lines.push(...lineParts(piece, font, width).map((part) => [part]));
      continue;
    }
    if (line.length > 0 && used + endWidth(piece, font) > width) endLine();
    line.push(piece);
    used += textWidth(piece, font.size, font.weight);
  }
  endLine();
  return lines;
}

/**
 * The largest of `sizes` at which the phrases take at most `maxLines` lines with every phrase whole; when some phrase
 * is too long to stay whole even at the smallest size, the largest at which it fits `maxLines` lines broken inside;
 * else the smallest.
 */
export function largestFittingSize(
  pieces: readonly string[],
  { sizes, weight }: { sizes: readonly number[]; weight: FontWeight },
  width: number,
  maxLines: number,
): number {
  const fitsLines = (size: number) => wrapPhrases(pieces, { size, weight }, width).length <= maxLines;
  const allWhole = (size: number) => pieces.every((piece) => endWidth(piece, { size, weight }) <= width);
  return sizes.find((size) => allWhole(size) && fitsLines(size)) ?? sizes.find(fitsLines) ?? Math.min(...sizes);
}

/** The phrases that fit in `maxLines` lines, the last one ending in … when something had to be left out. */
export function clampPhrases(pieces: readonly string[], font: LineFont, width: number, maxLines: number): string[] {
  const lines = wrapPhrases(pieces, font, width);
  if (lines.length <= maxLines) return [...pieces];
  const kept = lines.slice(0, maxLines).flat();
  const ellipsis = '…';
  // Drop phrases from the end until the ellipsis fits on the last line.
  while (kept.length > 0 && wrapPhrases([...kept, ellipsis], font, width).length > maxLines) kept.pop();
  const last = kept.pop() ?? '';
  return [...kept, `${last.trimEnd()}${ellipsis}`];
}
