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
