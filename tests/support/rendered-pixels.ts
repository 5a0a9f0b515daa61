import { blankScanlines, type Scanlines } from '../../src/images/png-encode.ts';

/**
 * For tests: the smallest exact PNG format for pixels rendered by resvg (the reference renderer). A flyer or share card is flat colours and anti-aliased text:
 * measured, 140–220 colours, so nearly always a palette of one byte a pixel, a third of RGB to compress. An image
 * of more colours is stored as RGB, one with any transparency as RGBA.
 */

/** Pixels as resvg renders them: 4 bytes a pixel, R G B A, colours premultiplied by their alpha. */
export interface RenderedPixels {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** The pixels as unfiltered scanlines of a palette, RGB or RGBA image, whichever holds them exactly in least. */
export function pixelScanlines(image: RenderedPixels): Scanlines {
  const { width, height, pixels } = image;
  if (pixels.length !== width * height * 4) throw new Error(`${pixels.length} bytes are not ${width}×${height} RGBA`);
  return paletteScanlines(image) ?? (isOpaque(pixels) ? rgbScanlines(image) : rgbaScanlines(image));
}

const maxColours = 256;
/** Open addressing over 4,096 slots: 256 colours fill a sixteenth of it, so a probe rarely goes past one. */
const slots = 4096;

/** A row the same as the one above it (every blank line of a sheet) is copied whole; most rows of a flyer are. */
const sameAsRowAbove = (pixels: Uint8Array, start: number, rowBytes: number) =>
  start > 0 && Buffer.compare(pixels.subarray(start - rowBytes, start), pixels.subarray(start, start + rowBytes)) === 0;

/** Palette scanlines, or undefined when the image has more than 256 colours or any not fully opaque. */
function paletteScanlines({ width, height, pixels }: RenderedPixels): Scanlines | undefined {
  // Each pixel read as one number: a colour is compared and looked up at once (a copy when not 4-byte aligned).
  const aligned = pixels.byteOffset % 4 === 0 ? pixels : pixels.slice();
  const colours = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const keys = new Uint32Array(slots);
  const entries = new Int16Array(slots).fill(-1);
  const palette = new Uint8Array(maxColours * 3);
  let count = 0;
  /** The palette entry of the colour of pixel `at`, added when new; -1 when the palette cannot hold it. */
  const entryOf = (colour: number, at: number): number => {
    let slot = Math.imul(colour, 0x9e3779b1) >>> 20;
    while ((entries[slot] ?? -1) >= 0 && keys[slot] !== colour) slot = (slot + 1) & (slots - 1);
    const entry = entries[slot] ?? -1;
    if (entry >= 0) return entry;
    if (count === maxColours || pixels[at * 4 + 3] !== 255) return -1;
    palette.set(pixels.subarray(at * 4, at * 4 + 3), count * 3);
    keys[slot] = colour;
    entries[slot] = count;
    return count++;
  };
  const stride = width + 1;
  const { data } = blankScanlines(width, height, { colour: 'palette', palette });
  for (let y = 0; y < height; y++) {
    const first = y * width;
    const line = y * stride + 1;
    if (sameAsRowAbove(pixels, first * 4, width * 4)) {
      data.copyWithin(line, line - stride, line - 1);
      continue;
    }
    const shift = line - first;
    // One look-up for each run of a colour (measured: half the time of one for each change of colour).
    for (let at = first, end = first + width; at < end;) {
      const colour = colours[at] ?? 0;
      let runEnd = at + 1;
      while (runEnd < end && colours[runEnd] === colour) runEnd++;
      const entry = entryOf(colour, at);
      if (entry < 0) return undefined;
      for (; at < runEnd; at++) data[shift + at] = entry;
    }
  }
  return { width, height, data, format: { colour: 'palette', palette: palette.subarray(0, count * 3) } };
}

function isOpaque(pixels: Uint8Array): boolean {
  for (let at = 3; at < pixels.length; at += 4) if (pixels[at] !== 255) return false;
  return true;
}

function rgbScanlines({ width, height, pixels }: RenderedPixels): Scanlines {
  const out = blankScanlines(width, height, { colour: 'rgb' });
  const stride = width * 3 + 1;
  for (let y = 0; y < height; y++) {
    let to = y * stride + 1;
    if (sameAsRowAbove(pixels, y * width * 4, width * 4)) {
      out.data.copyWithin(to, to - stride, to - 1);
      continue;
    }
    for (let from = y * width * 4, end = from + width * 4; from < end; from += 4) {
      out.data[to++] = pixels[from] ?? 0;
      out.data[to++] = pixels[from + 1] ?? 0;
      out.data[to++] = pixels[from + 2] ?? 0;
    }
  }
  return out;
}

/** RGBA with colours divided by their alpha again, rounded as resvg's own PNG writer rounds them. */
function rgbaScanlines({ width, height, pixels }: RenderedPixels): Scanlines {
  const out = blankScanlines(width, height, { colour: 'rgba' });
  const stride = width * 4 + 1;
  for (let y = 0; y < height; y++) {
    for (let from = y * width * 4, to = y * stride + 1, end = from + width * 4; from < end; from += 4, to += 4) {
      const alpha = pixels[from + 3] ?? 0;
      for (let channel = 0; channel < 3; channel++) {
        const value = pixels[from + channel] ?? 0;
        out.data[to + channel] = alpha === 255 || alpha === 0 ? value : Math.floor((value * 255 + alpha / 2) / alpha);
      }
      out.data[to + 3] = alpha;
    }
  }
  return out;
}
