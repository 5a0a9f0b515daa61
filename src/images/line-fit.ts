/**
 * Estimates how phrases wrap, so templates can pick a title size that fits and shorten a description that would
 * not. Full-width characters are one em wide; Latin letters, digits and half-width marks about half of that.
 * A phrase wider than a whole line is broken where each line ends, as the images draw it (./element.ts): a title
 * shrinks, down to its smallest size, to keep every phrase whole, and breaks inside one only when no size can.
 */

export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u0020-\u007e\u00a0\uff61-\uff9f]/u.test(char) ? 0.56 : 1;
  return width;
}

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

function fitsWhole(piece: string, fontSize: number, width: number): boolean {
  return textWidthEm(piece.trimEnd()) * fontSize <= width;
}

/** A phrase too wide for any line, cut into the parts that fill one line each. */
function lineParts(piece: string, fontSize: number, width: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const { segment } of graphemes.segment(piece)) {
    if (part && !fitsWhole(part + segment, fontSize, width)) {
      parts.push(part);
      part = '';
    }
    part += segment;
  }
  return part ? [...parts, part] : parts;
}

/**
 * Packs phrases greedily into lines no wider than `width` px at `fontSize`. A phrase never splits, unless it is wider
 * than a line on its own: then it takes lines of its own, cut where each is full, and the next phrase starts a line.
 */
export function wrapPhrases(pieces: string[], fontSize: number, width: number): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  let used = 0;
  const endLine = () => {
    if (line.length > 0) lines.push(line);
    line = [];
    used = 0;
  };
  for (const piece of pieces) {
    if (!fitsWhole(piece, fontSize, width)) {
      endLine();
      lines.push(...lineParts(piece, fontSize, width).map((part) => [part]));
      continue;
    }
    if (line.length > 0 && !fitsWhole(piece, fontSize, width - used)) endLine();
    line.push(piece);
    used += textWidthEm(piece) * fontSize;
  }
  endLine();
  return lines;
}

/**
 * The largest of `sizes` at which the phrases take at most `maxLines` lines with every phrase whole; when some phrase
 * is too long to stay whole even at the smallest size, the largest at which it fits `maxLines` lines broken inside;
 * else the smallest.
 */
export function largestFittingSize(pieces: string[], sizes: number[], width: number, maxLines: number): number {
  const fitsLines = (size: number) => wrapPhrases(pieces, size, width).length <= maxLines;
  const allWhole = (size: number) => pieces.every((piece) => fitsWhole(piece, size, width));
  return sizes.find((size) => allWhole(size) && fitsLines(size)) ?? sizes.find(fitsLines) ?? Math.min(...sizes);
}

/** The phrases that fit in `maxLines` lines, the last one ending in … when something had to be left out. */
export function clampPhrases(pieces: string[], fontSize: number, width: number, maxLines: number): string[] {
  const lines = wrapPhrases(pieces, fontSize, width);
  if (lines.length <= maxLines) return pieces;
  const kept = lines.slice(0, maxLines).flat();
  const ellipsis = '…';
  // Drop phrases from the end until the ellipsis fits on the last line.
  while (kept.length > 0 && wrapPhrases([...kept, ellipsis], fontSize, width).length > maxLines) kept.pop();
  const last = kept.pop() ?? '';
  return [...kept, `${last.trimEnd()}${ellipsis}`];
}
