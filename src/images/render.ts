import type { Picture } from './canvas/picture.ts';
import { referencePixels } from './canvas/picture-svg.ts';
import { encodePng } from './png-encode.ts';
import { pixelScanlines } from './png-pixels.ts';

/**
 * A laid-out picture (a share card, a flyer) as a PNG of its size. Rasterising and the PNG's compression
 * (./png-encode.ts) run on libuv's thread pool, so when several images are in flight, the layout of one overlaps
 * drawing and compressing others.
 */
export async function renderPicturePng(picture: Picture): Promise<Buffer> {
  return encodePng(pixelScanlines(await referencePixels(picture)));
}
