import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** What a phone camera would read from a PNG image of a QR code, or undefined when it finds no code. */
export function decodeQrPng(png: Uint8Array): string | undefined {
  const image = PNG.sync.read(Buffer.from(png));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** The same for an SVG image: drawn to pixels first, as a browser or printer would. */
export function decodeQrSvg(svg: string): string | undefined {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 600 }, background: '#ffffff' }).render().asPng();
  return decodeQrPng(png);
}

/**
 * Every QR code a camera would read from one PNG (a flyer holds one per way in), in reading order: each code found
 * is painted over, and the image read again.
 */
export function decodeAllQrPng(png: Uint8Array): string[] {
  const image = PNG.sync.read(Buffer.from(png));
  const found: { data: string; top: number; left: number }[] = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    if (!code) break;
    const corners = Object.values(code.location).filter((point) => typeof point === 'object' && 'x' in point);
    const xs = corners.map((point) => point.x);
    const ys = corners.map((point) => point.y);
    const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    found.push({ data: code.data, top, left });
    const margin = (right - left) * 0.15;
    for (let y = Math.max(0, Math.floor(top - margin)); y < Math.min(image.height, bottom + margin); y++) {
      for (let x = Math.max(0, Math.floor(left - margin)); x < Math.min(image.width, right + margin); x++) {
        image.data.fill(255, (y * image.width + x) * 4, (y * image.width + x) * 4 + 3);
      }
    }
  }
  // Codes side by side sit at nearly the same height: they are read left to right.
  const row = (code: { top: number }) => Math.round(code.top / 100);
  return found.sort((a, b) => row(a) - row(b) || a.left - b.left).map((code) => code.data);
}
