import { channelName, type JoinChannel } from '../model/channels.ts';
import { blankScanlines, encodePng, pngFilter, scanlineBytes } from './png-encode.ts';
import { keptQrCode, keptQrSvg } from './qr-kept.ts';

// M recovers from ~15 % damage: enough for a creased or smudged flyer while keeping modules large for old cameras.
const options = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** Least pixels per side of the downloadable PNG: sharp when printed 10 cm wide at 300 dpi. */
const printWidth = 1200;

/**
 * A code can be asked for more than once in a build (a page and the images drawn beside it): each labelled code is
 * made once per build, from the mask and SVG kept between builds (./qr-kept.ts). Bounded, like the phrases.
 */
const svgs = new Map<string, string>();
const svgsLimit = 20_000;

/** The QR code of `url` as an SVG document, labelled for screen readers and image viewers. */
export function qrCodeSvg(url: string, label: string): string {
  const key = JSON.stringify([url, label]);
  let svg = svgs.get(key);
  if (svg === undefined) {
    svg = labelledSvg(url, label);
    if (svgs.size >= svgsLimit) svgs.clear();
    svgs.set(key, svg);
  }
  return svg;
}

/** The modules of the code of `url`, its quiet zone included: `side` a side, and whether each one is dark. */
export interface QrModules {
  side: number;
  isDark: (row: number, column: number) => boolean;
}

/** The modules of the code of `url`, made once with its kept mask (./qr-kept.ts). */
export function qrModules(url: string): QrModules {
  const { modules } = keptQrCode(url, options);
  const { margin } = options;
  const inside = (at: number) => at >= margin && at < margin + modules.size;
  return {
    side: modules.size + 2 * margin,
    isDark: (row, column) => inside(row) && inside(column) && Boolean(modules.get(row - margin, column - margin)),
  };
}

function labelledSvg(url: string, label: string): string {
  const svg = keptQrSvg(url, options).trim();
  const text = escapeXml(label);
  return svg
    .replace(/^<svg /, `<svg role="img" aria-label="${text}" `)
    .replace(/^(<svg[^>]*>)/, `$1<title>${text}</title>`);
}

/** The code as a file of its own, for people who download it for print shops and flyers of their own. */
export function qrCodeSvgDocument(url: string, label: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${qrCodeSvg(url, label)}\n`;
}

/**
 * The same code as a high-resolution PNG, for print. Each module is drawn as a square of the same whole number of
 * pixels, so edges stay crisp in print and the image is at least `printWidth` wide. One bit a pixel (black or
 * white) is exact for a code, and the smallest to write and to compress. Each row of modules is `scale` lines of
 * pixels: the first is stored as it is, the others with PNG's Up filter (each byte less the one above: zeros), which
 * run-length compression finds (../png-encode.ts). Measured: 0.17 ms and 3.7 KiB a code, against 1.05 ms and
 * 2.0 KiB for every line stored as it is at level 6.
 */
export function qrCodePng(url: string): Buffer {
  const { side, isDark } = qrModules(url);
  const scale = Math.ceil(printWidth / side);
  const width = side * scale;
  const image = blankScanlines(width, width, { colour: 'gray', bitDepth: 1 });
  const stride = scanlineBytes(width, image.format);
  // Bit 1 is white: every line starts white (its filter byte None), dark modules clear their pixels' bits.
  const white = Buffer.alloc(stride, 0xff);
  white[0] = pngFilter.none;
  for (let y = 0; y < side; y++) {
    const line = Buffer.from(white);
    for (let x = 0; x < side; x++) {
      if (!isDark(y, x)) continue;
      for (let pixel = x * scale, end = pixel + scale; pixel < end; pixel++) {
        line[1 + (pixel >> 3)] = (line[1 + (pixel >> 3)] ?? 0) & ~(0x80 >> (pixel & 7));
      }
    }
    line.copy(image.data, y * scale * stride);
    // The blank lines below it are zeros already: only their filter byte is set.
    for (let repeat = 1; repeat < scale; repeat++) image.data[(y * scale + repeat) * stride] = pngFilter.up;
  }
  return encodePng(image);
}

/** What a QR code of a room's way in says it is. */
export function wayQrLabel(roomName: string, channel: JoinChannel): string {
  return `「${roomName}」に${channelName(channel)}で参加する QR コード`;
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
