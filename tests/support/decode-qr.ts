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
 * Every QR code a camera would read from one PNG that holds several side by side (a flyer has one per way in), left
 * to right: the image is cut into as many columns, and each column is read on its own, as a camera pointed at it
 * would.
 */
export function decodeQrColumns(png: Uint8Array, columns: number): (string | undefined)[] {
  const image = PNG.sync.read(Buffer.from(png));
  const width = Math.floor(image.width / columns);
  return Array.from({ length: columns }, (_, column) => {
    const strip = new PNG({ width, height: image.height });
    for (let y = 0; y < image.height; y++) {
      const from = (y * image.width + column * width) * 4;
      image.data.copy(strip.data, y * width * 4, from, from + width * 4);
    }
    return jsQR(new Uint8ClampedArray(strip.data), width, image.height)?.data;
  });
}
