import { qrModules } from '../qr.ts';
import type { BoxStep, QrStep } from './picture.ts';
import type { Surface } from './surface.ts';

/** The image's size, to clip what is painted to it. */
export interface Bounds {
  width: number;
  height: number;
}

/**
 * Coverage in sixteenths, as resvg's own anti-aliasing comes out: an edge between two colours makes at most 15
 * colours between them, so a picture keeps to a palette.
 */
const levels = 16;
const alphaOf = (coverage: number) =>
  Math.round((Math.round(Math.min(1, Math.max(0, coverage)) * levels) * 255) / levels);

/** How much of the pixel from `start` to `start + 1` lies between `from` and `to`. */
const overlap = (start: number, from: number, to: number) =>
  Math.max(0, Math.min(start + 1, to) - Math.max(start, from));

/**
 * A box painted by the area of each pixel it covers: inside, whole pixels filled as spans; along an edge that is
 * not on a pixel boundary, the share of the pixel covered; at a rounded corner, the pixel centre's distance from
 * the corner's circle (half a pixel either side of the arc is the anti-aliased edge). The radius is at most half
 * the shorter side: a pill or a circle.
 */
export function paintBox(
  surface: Surface,
  step: Omit<BoxStep, 'draw' | 'colour'>,
  colour: number,
  image: Bounds,
): void {
  const box = { left: step.x, right: step.x + step.width, top: step.y, bottom: step.y + step.height };
  const radius = Math.max(0, Math.min(step.radius, step.width / 2, step.height / 2));
  const clip = (column: number) => Math.min(image.width, Math.max(0, column));
  const firstColumn = clip(Math.floor(box.left));
  const endColumn = clip(Math.ceil(box.right));
  // Columns wholly inside the box: all of its straight rows, and those between the corners of the others.
  const inside = {
    from: clip(Math.ceil(box.left)),
    to: Math.max(clip(Math.ceil(box.left)), clip(Math.floor(box.right))),
  };
  const between = {
    from: clip(Math.ceil(box.left + radius)),
    to: Math.max(clip(Math.ceil(box.left + radius)), clip(Math.floor(box.right - radius))),
  };
  const firstRow = Math.max(0, Math.floor(box.top));
  for (let row = firstRow, endRow = Math.min(image.height, Math.ceil(box.bottom)); row < endRow; row++) {
    const rowCoverage = overlap(row, box.top, box.bottom);
    const corners = radius > 0 && (row < box.top + radius || row + 1 > box.bottom - radius);
    const { from, to } = corners ? between : inside;
    const shade = (column: number) => {
      const alpha = alphaOf(
        corners ? cornerCoverage(box, radius, column, row) : rowCoverage * overlap(column, box.left, box.right),
      );
      if (alpha > 0) surface.blend(row, column, colour, alpha);
    };
    for (let column = firstColumn; column < Math.max(firstColumn, from); column++) shade(column);
    const middle = alphaOf(rowCoverage);
    if (middle === 255) surface.fill(row, from, to, colour);
    else if (middle > 0) for (let column = from; column < to; column++) surface.blend(row, column, colour, middle);
    for (let column = Math.max(from, to); column < endColumn; column++) shade(column);
  }
}

/** A pixel's coverage near a rounded corner: by its centre's distance from the corner's circle. */
function cornerCoverage(
  box: Record<'left' | 'right' | 'top' | 'bottom', number>,
  radius: number,
  column: number,
  row: number,
) {
  const straight = overlap(row, box.top, box.bottom) * overlap(column, box.left, box.right);
  const x = column + 0.5;
  const y = row + 0.5;
  const centreX = Math.min(Math.max(x, box.left + radius), box.right - radius);
  const centreY = Math.min(Math.max(y, box.top + radius), box.bottom - radius);
  if (centreX === x || centreY === y) return straight;
  return Math.min(straight, radius + 0.5 - Math.hypot(x - centreX, y - centreY));
}

/**
 * A QR code: its light square painted as a box, then each dark module as whole pixels, without anti-aliasing.
 * Module k spans round(k × size / side) up to round((k + 1) × size / side) from the square's rounded corner, so
 * modules differ by at most a pixel and their edges stay sharp for a camera. Each row of modules is painted once
 * and copied down its height.
 */
export function paintQr(surface: Surface, step: QrStep, dark: number, light: number, image: Bounds): void {
  paintBox(surface, { x: step.x, y: step.y, width: step.size, height: step.size, radius: 0 }, light, image);
  const { side, isDark } = qrModules(step.url);
  const left = Math.round(step.x);
  const top = Math.round(step.y);
  const edge = (module: number) => Math.round((module * step.size) / side);
  const clipX = (x: number) => Math.min(image.width, Math.max(0, x));
  for (let row = 0; row < side; row++) {
    const from = Math.max(0, top + edge(row));
    const to = Math.min(image.height, top + edge(row + 1));
    if (from >= to) continue;
    let spanFrom = image.width;
    let spanTo = 0;
    for (let column = 0; column < side; column++) {
      if (!isDark(row, column)) continue;
      let end = column + 1;
      while (end < side && isDark(row, end)) end++;
      const x0 = clipX(left + edge(column));
      const x1 = clipX(left + edge(end));
      if (x0 < x1) {
        surface.fill(from, x0, x1, dark);
        spanFrom = Math.min(spanFrom, x0);
        spanTo = Math.max(spanTo, x1);
      }
      column = end;
    }
    if (spanFrom < spanTo) for (let y = from + 1; y < to; y++) surface.copy(from, y, spanFrom, spanTo);
  }
}
