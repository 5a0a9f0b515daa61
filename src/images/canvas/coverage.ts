/**
 * Coverage masks (a glyph's, ./glyph-masks.ts) and their runs of covered pixels, which the painter walks
 * (./surface.ts) instead of every pixel of a mask's box.
 */

/**
 * Coverage of `width` × `height` pixels, row by row, 0 (none) to 255 (full), and its runs of covered pixels
 * (coverageSpans): painting walks the runs, not every pixel of the box.
 */
export interface Coverage {
  width: number;
  height: number;
  alpha: Uint8Array;
  spans: Uint16Array;
}

/** Numbers per run in `Coverage.spans`: its row, its first column, the column after its last, 1 when it is full. */
const spanFields = 4;

/**
 * The runs of covered pixels of a coverage, row by row, left to right, each either full (every pixel 255) or not.
 * Most of a glyph's box is empty or full (a share card's masks: 78,000 pixels empty, 46,000 full and 21,000 partly
 * covered), so painting fills the full runs, blends only the edges and never looks at the empty pixels.
 */
export function coverageSpans(width: number, height: number, alpha: Uint8Array): Uint16Array {
  const spans: number[] = [];
  for (let row = 0; row < height; row++) {
    const line = row * width;
    let column = 0;
    while (column < width) {
      const first = alpha[line + column] ?? 0;
      if (first === 0) {
        column++;
        continue;
      }
      const from = column;
      const full = first === 255;
      for (column++; column < width; column++) {
        const next = alpha[line + column] ?? 0;
        if (next === 0 || (next === 255) !== full) break;
      }
      spans.push(row, from, column, full ? 1 : 0);
    }
  }
  return Uint16Array.from(spans);
}

/**
 * Each run of `mask` with its top left pixel at (`column`, `row`) of an image of `size`, clipped to the image, in the
 * order of its pixels: `full` with its row and columns in the image, `partial` with those and where its coverage
 * starts in the mask's alpha.
 */
export function forEachSpan(
  mask: Coverage,
  column: number,
  row: number,
  size: { width: number; height: number },
  full: (row: number, from: number, to: number) => void,
  partial: (row: number, from: number, to: number, coverage: number) => void,
): void {
  const firstRow = Math.max(0, -row);
  const endRow = Math.min(mask.height, size.height - row);
  const firstColumn = Math.max(0, -column);
  const endColumn = Math.min(mask.width, size.width - column);
  const { spans } = mask;
  for (let span = 0; span < spans.length; span += spanFields) {
    const y = spans[span] ?? 0;
    if (y < firstRow || y >= endRow) continue;
    const from = Math.max(spans[span + 1] ?? 0, firstColumn);
    const to = Math.min(spans[span + 2] ?? 0, endColumn);
    if (from >= to) continue;
    if (spans[span + 3] === 1) full(row + y, column + from, column + to);
    else partial(row + y, column + from, column + to, y * mask.width + from);
  }
}
