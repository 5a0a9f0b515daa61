import { constants, crc32, deflateSync } from 'node:zlib';

/**
 * PNG files written from scanlines painted in their format (./canvas/draw.ts). resvg's own `asPng()` filtered and
 * compressed a flyer in 19–24 ms; here it takes about 2 ms.
 * Compression runs on the calling thread. On libuv's thread pool it overlapped the painting of the next image, but
 * each stream it opened there was reported to V8 as memory outside the heap, and in a process holding the content
 * that set off garbage collection in every call: measured on national content, a card took 2.45 ms of CPU that way
 * and 1.95 ms here, a QR code 1.7 and 1.05 ms. The images are drawn in workers beside the build (../draw-worker.ts),
 * where the machine's cores are busy anyway, so less CPU is what makes the build faster.
 * The scanlines are stored with the filter each row names, and painters name none: the images are flat colours and
 * text, which deflate finds as repeats of the pixel before or of the line above, so filters cost a pass for little
 * (flyers measured: palette, run-length 99 KiB unfiltered, 98 KiB with the up filter; RGB at level 6 135 KiB
 * unfiltered, 158 KiB sub, 181 KiB up). The same pixels always give the same bytes.
 */

/** How a pixel is stored: the PNG colour types 0 (gray, 1 or 8 bits), 2 (RGB), 3 (palette) and 6 (RGBA). */
export type PngFormat =
  | { colour: 'gray'; bitDepth: 1 | 8 }
  | { colour: 'rgb' }
  | { colour: 'rgba' }
  /** `palette` holds 3 bytes (R, G, B) per entry, at most 256 entries; each pixel is one byte, its entry. */
  | { colour: 'palette'; palette: Uint8Array };

/** PNG's filter types used here: a row stored as it is, or as the difference from the row above. */
export const pngFilter = { none: 0, up: 2 } as const;

/**
 * The scanlines of an image: each row is its filter type followed by its packed pixels. Painters leave every row
 * None (unfiltered); a QR code stores the lines that repeat the one above as Up, all zeros (../qr.ts).
 */
export interface Scanlines {
  width: number;
  height: number;
  format: PngFormat;
  data: Buffer;
}

const colourType = { gray: 0, rgb: 2, palette: 3, rgba: 6 } as const;
const bitsPerPixel = (format: PngFormat) =>
  format.colour === 'gray' ? format.bitDepth : format.colour === 'palette' ? 8 : format.colour === 'rgb' ? 24 : 32;

/** Bytes in one scanline of `format`, its filter byte included. */
export function scanlineBytes(width: number, format: PngFormat): number {
  return 1 + Math.ceil((width * bitsPerPixel(format)) / 8);
}

/** Zeroed scanlines (filter None, every pixel 0) for the caller to fill in. */
export function blankScanlines(width: number, height: number, format: PngFormat): Scanlines {
  return { width, height, format, data: Buffer.alloc(scanlineBytes(width, format) * height) };
}

/**
 * Where a painter gets the scanlines it paints every pixel of: blank ones, or ones kept from an image already
 * encoded (../render.ts). Either way each row's filter byte is 0; the pixels may hold an earlier picture.
 */
export type ScanlineSource = (width: number, height: number, format: PngFormat) => Scanlines;

/**
 * Compression by the bytes of a pixel, measured on flyers (1240×1754), share cards and QR codes. At one byte a
 * pixel or less (palette, gray) flat areas repeat at distance 1: run-length matching compresses them in a fifth of
 * level 6's time (flyer 2.3 ms, 99 KiB, against 12 ms, 87 KiB); a 1-bit QR code's repeated lines are zeros once
 * filtered (../qr.ts), which it finds too. At three or four bytes a pixel they repeat at distance 3 or 4, which only
 * level 6's matching finds.
 * The output is gathered in chunks; a sixteenth of the scanlines holds a whole file in one (a flyer's 100 KiB took
 * seven of the default 16 KiB).
 */
const deflateOptions = (format: PngFormat, bytes: number) => ({
  ...(bitsPerPixel(format) <= 8 ? { level: 6, strategy: constants.Z_RLE } : { level: 6 }),
  chunkSize: Math.max(constants.Z_DEFAULT_CHUNK, bytes >> 4),
});

/** The PNG file of `image`. */
export function encodePng(image: Scanlines): Buffer {
  const { width, height, format, data } = image;
  if (data.length !== scanlineBytes(width, format) * height)
    throw new Error(`scanlines of ${data.length} bytes do not make a ${width}×${height} image`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = format.colour === 'gray' ? format.bitDepth : 8;
  header[9] = colourType[format.colour];
  // Compression 0 (deflate), filter method 0, no interlace: the bytes 10–12 stay 0.
  const compressed = deflateSync(data, deflateOptions(format, data.length));
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    ...(format.colour === 'palette' ? [chunk('PLTE', format.palette)] : []),
    chunk('IDAT', compressed),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, body: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  out.set(body, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}
