import { drawPicture } from './canvas/draw.ts';
import type { Picture } from './canvas/picture.ts';
import { blankScanlines, encodePng, scanlineBytes, type PngFormat, type Scanlines } from './png-encode.ts';

/**
 * A laid-out picture (a share card, a flyer) as a PNG of its size: painted straight into the file's scanlines
 * (./canvas/draw.ts), then compressed (./png-encode.ts).
 */
export function renderPicturePng(picture: Picture): Buffer {
  const image = drawPicture(picture, takeScanlines);
  try {
    return encodePng(image);
  } finally {
    spare.set(shapeOf(image), image.data);
  }
}

/**
 * The scanlines of the last picture of each size and format, painted over by the next one. A flyer's are 2.2 MB and
 * a card's 0.76 MB: allocated afresh for each picture, they set off a full garbage collection every dozen flyers.
 * The painter paints every pixel and never writes a filter byte, so reused scanlines give the same file as blank
 * ones.
 */
const spare = new Map<string, Buffer>();
const shapeOf = ({ width, height, format }: Omit<Scanlines, 'data'>) => `${scanlineBytes(width, format)}×${height}`;

function takeScanlines(width: number, height: number, format: PngFormat): Scanlines {
  const shape = shapeOf({ width, height, format });
  const data = spare.get(shape);
  spare.delete(shape);
  return data ? { width, height, format, data } : blankScanlines(width, height, format);
}
