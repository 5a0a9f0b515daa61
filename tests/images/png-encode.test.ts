import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pictureSvg } from './canvas/reference-picture.ts';
import { blankScanlines, encodePng, scanlineBytes } from '../../src/images/png-encode.ts';
import { pixelScanlines, type RenderedPixels } from '../support/rendered-pixels.ts';
import { renderPicturePng } from '../../src/images/render.ts';
import { shareCard } from '../../src/images/share-card-picture.ts';

/** What the file's IHDR says: size, bit depth and colour type (0 gray, 2 RGB, 3 palette, 6 RGBA). */
function header(png: Buffer) {
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png[24], colourType: png[25] };
}

/** An opaque image of `colours` distinct colours, in stripes with a gradient row and repeated rows. */
function opaqueImage(width: number, height: number, colours: number): RenderedPixels {
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = ((y >> 2) * width + x) % colours;
      pixels.set([colour & 0xff, (colour * 7) & 0xff, colour >> 8, 255], (y * width + x) * 4);
    }
  }
  return { width, height, pixels };
}

const decoded = (png: Buffer) => PNG.sync.read(png);

describe('PNG files written from rendered pixels', () => {
  it('store an image of at most 256 colours as a palette, decoding to the same pixels', () => {
    const image = opaqueImage(97, 40, 256);
    const png = encodePng(pixelScanlines(image));
    expect(header(png)).toEqual({ width: 97, height: 40, bitDepth: 8, colourType: 3 });
    expect(png.includes('PLTE')).toBe(true);
    expect(decoded(png).data.equals(Buffer.from(image.pixels))).toBe(true);
  });

  it('store an opaque image of more colours as RGB, decoding to the same pixels', () => {
    const image = opaqueImage(300, 9, 257);
    const png = encodePng(pixelScanlines(image));
    expect(header(png)).toEqual({ width: 300, height: 9, bitDepth: 8, colourType: 2 });
    expect(decoded(png).data.equals(Buffer.from(image.pixels))).toBe(true);
  });

  it('store an image with transparency as RGBA, with the same colours as resvg’s own PNG', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="24"><defs><linearGradient id="g">' +
      '<stop offset="0" stop-color="#c03" stop-opacity="0"/><stop offset="1" stop-color="#3a7"/></linearGradient></defs>' +
      '<rect width="256" height="24" fill="url(#g)"/><circle cx="40" cy="12" r="10" fill="#123456" fill-opacity="0.37"/></svg>';
    const rendered = new Resvg(svg).render();
    const png = encodePng(pixelScanlines(rendered));
    expect(header(png)).toEqual({ width: 256, height: 24, bitDepth: 8, colourType: 6 });
    expect(decoded(png).data.equals(decoded(rendered.asPng()).data)).toBe(true);
  });

  it('write a share card in fewer bytes than resvg’s own PNG of the same picture', () => {
    const card = shareCard({
      title: '全身性強皮症の部屋',
      description: '話し合う会です。',
      siteName: 'ひろば',
      host: 'x.example',
    });
    const png = renderPicturePng(card);
    expect(header(png)).toMatchObject({ width: 1200, height: 630, colourType: 3 });
    const theirs = new Resvg(pictureSvg(card), { font: { loadSystemFonts: false } }).render().asPng();
    expect(png.length).toBeLessThan(theirs.length * 0.75);
  });

  it('read pixels that do not start on a 4-byte boundary, as a small Buffer from Node’s pool may', () => {
    const image = opaqueImage(7, 3, 5);
    const shifted = new Uint8Array(image.pixels.length + 1).subarray(1);
    shifted.set(image.pixels);
    const png = encodePng(pixelScanlines({ ...image, pixels: shifted }));
    expect(decoded(png).data.equals(Buffer.from(image.pixels))).toBe(true);
  });

  it('give the same bytes for the same pixels every time', () => {
    const image = opaqueImage(64, 64, 40);
    expect(encodePng(pixelScanlines(image)).equals(encodePng(pixelScanlines(image)))).toBe(true);
  });

  it('write 8-bit gray scanlines as a gray image', () => {
    const image = blankScanlines(5, 2, { colour: 'gray', bitDepth: 8 });
    image.data.set([0, 0, 64, 128, 255, 7], 0);
    image.data.set([0, 9, 9, 9, 9, 9], 6);
    const png = encodePng(image);
    expect(header(png)).toEqual({ width: 5, height: 2, bitDepth: 8, colourType: 0 });
    const reds = [...decoded(png).data].filter((_, index) => index % 4 === 0);
    expect(reds).toEqual([0, 64, 128, 255, 7, 9, 9, 9, 9, 9]);
  });

  it('write 1-bit scanlines as black and white pixels, a line not filling its last byte included', () => {
    const format = { colour: 'gray', bitDepth: 1 } as const;
    expect(scanlineBytes(10, format)).toBe(3);
    const image = blankScanlines(10, 1, format);
    image.data.set([0, 0b1010_0000, 0b0100_0000]);
    const png = encodePng(image);
    expect(header(png)).toEqual({ width: 10, height: 1, bitDepth: 1, colourType: 0 });
    const reds = [...decoded(png).data].filter((_, index) => index % 4 === 0);
    expect(reds).toEqual([255, 0, 255, 0, 0, 0, 0, 0, 0, 255]);
  });

  it('refuse scanlines that do not make the image they claim to', () => {
    const image = { ...blankScanlines(4, 4, { colour: 'rgb' }), height: 5 };
    expect(() => encodePng(image)).toThrow(/4×5/);
  });
});
