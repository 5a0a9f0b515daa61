import { PNG } from 'pngjs';
import { expect } from 'vitest';
import { palette } from '../../src/model/palette.ts';

/**
 * Where an image's text is drawn, read from its pixels. Text is the palette's ink and muted grey: dark and nearly
 * grey in all three channels, unlike a room's coloured band, the marks and the pale boxes, which are never counted.
 */

function isText(data: Buffer, i: number): boolean {
  const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
  return r < 128 && g < 128 && b < 128 && Math.max(r, g, b) - Math.min(r, g, b) <= 40;
}

/** Text pixels in the columns left of `left` or from `right` on: drawn over a margin or off the image. */
export function textPixelsOutside(png: Buffer, left: number, right: number): number {
  const { width, height, data } = PNG.sync.read(png);
  let outside = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) if ((x < left || x >= right) && isText(data, (y * width + x) * 4)) outside += 1;
  }
  return outside;
}

/** Text pixels in rows `top` to `bottom` (not included), across the whole image. */
export function textPixelsInRows(png: Buffer, top: number, bottom: number): number {
  const { width, data } = PNG.sync.read(png);
  let found = 0;
  for (let y = top; y < bottom; y++) for (let x = 0; x < width; x++) if (isText(data, (y * width + x) * 4)) found += 1;
  return found;
}

/** Pixels within `tolerance` of a colour in every channel: a band, a mark, a badge's edge. */
export function pixelsOf(png: Buffer, color: string, tolerance = 8): number {
  const { data } = PNG.sync.read(png);
  const want = [1, 3, 5].map((at) => Number.parseInt(color.slice(at, at + 2), 16));
  let found = 0;
  for (let i = 0; i < data.length; i += 4)
    if (want.every((channel, k) => Math.abs(data[i + k]! - channel) <= tolerance)) found += 1;
  return found;
}

/** Pixels in the card's ink colour only: a title's, not the lighter description's. */
export function inkPixels(png: Buffer): number {
  const { data } = PNG.sync.read(png);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 48 && data[i + 1]! < 48 && data[i + 2]! < 48) ink += 1;
  return ink;
}

/** The flyer footer's top border: the lowest row drawn in the pale surface colour from edge to edge. */
function footerTop(png: Buffer): number {
  const { width, height, data } = PNG.sync.read(png);
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(palette.light.surface.slice(at, at + 2), 16));
  const pale = (x: number, y: number) => {
    const i = (y * width + x) * 4;
    return data[i] === r && data[i + 1] === g && data[i + 2] === b;
  };
  for (let y = height - 1; y >= 0; y--) if (pale(2, y) && pale(width - 3, y)) return y;
  throw new Error('the flyer image has no footer border');
}

/**
 * A flyer image's footer is whole: nothing from above runs into it, its text is there, its bottom margin is empty.
 * With `unclipped`, nothing above it is cut off at its border either.
 */
export function expectWholeFooter(png: Buffer, { unclipped }: { unclipped: boolean }): void {
  const { height } = PNG.sync.read(png);
  const top = footerTop(png);
  expect(top).toBeGreaterThan(height / 2);
  if (unclipped) expect(textPixelsInRows(png, top - 4, top), 'nothing is cut off above the footer').toBe(0);
  expect(textPixelsInRows(png, top + 2, top + 20), 'nothing runs into the footer').toBe(0);
  expect(textPixelsInRows(png, top, height), 'the footer has its text').toBeGreaterThan(1000);
  expect(textPixelsInRows(png, height - 36, height), 'nothing is pushed off the bottom').toBe(0);
}
