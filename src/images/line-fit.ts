/**
 * Estimates how phrases wrap, so templates can pick a title size that fits and shorten a description that would
 * not. Full-width characters are one em wide; Latin letters, digits and half-width marks about half of that.
 */

export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u0020-\u007e\u00a0\uff61-\uff9f]/u.test(char) ? 0.56 : 1;
  return width;
}

/** Packs phrases greedily into lines no wider than `width` px at `fontSize`; a phrase never splits. */
export function wrapPhrases(pieces: string[], fontSize: number, width: number): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  let used = 0;
  for (const piece of pieces) {
    const pieceWidth = textWidthEm(piece.trimEnd()) * fontSize;
    if (line.length > 0 && used + pieceWidth > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    line.push(piece);
    used += textWidthEm(piece) * fontSize;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** The largest of `sizes` at which the phrases take at most `maxLines` lines and none overflows; else the smallest. */
export function largestFittingSize(pieces: string[], sizes: number[], width: number, maxLines: number): number {
  const fits = (size: number) =>
    wrapPhrases(pieces, size, width).length <= maxLines &&
    pieces.every((piece) => textWidthEm(piece.trimEnd()) * size <= width);
  return sizes.find(fits) ?? Math.min(...sizes);
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
