import { drawPicture } from './canvas/draw.ts';
import type { Picture } from './canvas/picture.ts';
import { encodePng } from './png-encode.ts';

/**
 * A laid-out picture (a share card, a flyer) as a PNG of its size: painted on the main thread straight into the
 * file's scanlines (./canvas/draw.ts), compressed on libuv's thread pool (./png-encode.ts), so when several images
 * are in flight, painting one overlaps compressing others.
 */
export function renderPicturePng(picture: Picture): Promise<Buffer> {
  return encodePng(drawPicture(picture));
}
