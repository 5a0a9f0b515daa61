import { PNG } from 'pngjs';
import { describe, expect, it, vi } from 'vitest';
import { drawPicture } from '../../../src/images/canvas/draw.ts';
import type { DrawStep, Picture, TextStep } from '../../../src/images/canvas/picture.ts';
import { referencePixels } from './reference-picture.ts';
import { encodePng } from '../../../src/images/png-encode.ts';
import { renderPicturePng } from '../../../src/images/render.ts';
import { qrModules } from '../../../src/images/qr.ts';
import { decodeQrPng } from '../../support/decode-qr.ts';

/** The picture as drawPicture paints it, read back from its PNG file: RGBA, and the file's colour type. */
function drawn(picture: Picture) {
  const png = encodePng(drawPicture(picture));
  const { data, colorType } = PNG.sync.read(png);
  return { png, pixels: data, colourType: colorType };
}

/**
 * How far the drawn picture is from the reference renderer's: the mean difference per channel, and the largest
 * difference of a pixel the reference paints flat (its 3×3 neighbourhood one colour, so no edge is within a pixel).
 * The drawing may differ at edges (a glyph's origin kept to a quarter pixel, its baseline to a whole one; corners by
 * distance), never inside a shape.
 */
async function distance(picture: Picture, reference = picture) {
  const ours = drawn(picture).pixels;
  const theirs = Buffer.from((await referencePixels(reference)).pixels);
  const { width, height } = picture;
  const colourAt = (x: number, y: number) => theirs.readUInt32BE((y * width + x) * 4);
  const flatAt = (x: number, y: number) => {
    for (let row = Math.max(0, y - 1); row <= Math.min(height - 1, y + 1); row++)
      for (let column = Math.max(0, x - 1); column <= Math.min(width - 1, x + 1); column++)
        if (colourAt(column, row) !== colourAt(x, y)) return false;
    return true;
  };
  let total = 0;
  let worstFlat = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const channels = [0, 1, 2].map((channel) => Math.abs((ours[at + channel] ?? 0) - (theirs[at + channel] ?? 0)));
      total += channels.reduce((sum, value) => sum + value, 0);
      if (flatAt(x, y)) worstFlat = Math.max(worstFlat, ...channels);
    }
  }
  return { mean: total / (width * height * 3), worstFlat };
}

const text = (
  x: number,
  baseline: number,
  size: number,
  weight: 400 | 700,
  colour: string,
  line: string,
): TextStep => ({
  draw: 'text',
  x,
  baseline,
  size,
  weight,
  colour,
  text: line,
});

/** Text of both weights from 24 to 84 px over boxes square, rounded and round, some of them overlapping. */
const scene = (shift = 0, ink = '#1a1a1a'): Picture => ({
  width: 900,
  height: 560,
  background: '#fbf8f1',
  steps: [
    { draw: 'box', x: 0, y: 0, width: 900, height: 24, radius: 0, colour: '#1d5fa8' },
    { draw: 'box', x: 40.5, y: 40.25, width: 300.3, height: 120.6, radius: 0, colour: '#e8e2d4' },
    { draw: 'box', x: 380, y: 40, width: 240, height: 120, radius: 16, colour: '#b3261e' },
    { draw: 'box', x: 386, y: 46, width: 228, height: 108, radius: 10, colour: '#fde8e6' },
    { draw: 'box', x: 660, y: 40, width: 120, height: 120, radius: 60, colour: '#2e7d32' },
    { draw: 'box', x: 700.3, y: 60.7, width: 90, height: 44, radius: 22, colour: '#fbc02d' },
    { draw: 'box', x: -20, y: 500, width: 80, height: 100, radius: 12, colour: '#5a5a5a' },
    text(400 + shift, 120, 52, 700, '#b3261e', '中止'),
    text(40 + shift, 250, 84, 700, ink, '全身性強皮症の部屋'),
    text(40.3 + shift, 330, 56, 400, '#5a5a5a', 'ひろば「参加」＿ABCxyz 0123'),
    text(40.7 + shift, 390.5, 32, 400, '#5a5a5a', '話し合う会です。オンラインで、どなたでも。'),
    text(41 + shift, 430, 24, 700, '#1d5fa8', 'hiroba.example 2026年12月1日（火）19:30'),
    text(40 + shift, 520, 44, 700, '#ffffff', '白い字'),
    { draw: 'box', x: 30, y: 470, width: 200, height: 70, radius: 12, colour: '#1d5fa8' },
    text(40 + shift, 520, 44, 700, '#ffffff', '白い字'),
    text(700 + shift, 500, 64, 700, ink, 'はみ出す行'),
  ],
});

describe('drawing a picture', () => {
  it('paints what the reference renderer paints: text of both weights and sizes, boxes, corners and circles', async () => {
    const { mean, worstFlat } = await distance(scene());
    // Measured: 0.42 and 0. The differences are all at edges, where glyphs sit up to ⅛ px across and ½ px down from
    // where the reference puts them, and where a corner's edge is shaded by distance instead of by resvg's samples.
    expect(mean).toBeLessThan(0.7);
    expect(worstFlat).toBeLessThanOrEqual(8);
  });

  it('is told apart from a picture with its text 1 px to the right, or in another ink', async () => {
    // The measure above fails a drawing that is off: text moved right by ¼ px (measured 1.18 and 0), 1 px (3.8 and
    // 56) or 2 px (7.4 and 226), or drawn in #333333 instead of #1a1a1a (1.9 and 25).
    const moved = await distance(scene(1), scene());
    expect(moved.mean).toBeGreaterThan(0.7);
    expect(moved.worstFlat).toBeGreaterThan(8);
    const inked = await distance(scene(0, '#333333'), scene());
    expect(inked.worstFlat).toBeGreaterThan(8);
  });

  it('draws a glyph whose origin is on a quarter pixel and baseline on a whole pixel exactly as the reference', async () => {
    const lines = ['全', 'ろ', '「', '」', '＿', 'g', 'Q', '7', '強', 'ば'];
    const steps = [24, 37, 56, 84].flatMap((size, row) =>
      lines.map((line, column) =>
        text(10 + column * 88 + (column % 4) / 4, 90 + row * 100, size, column % 2 === 0 ? 700 : 400, '#1a1a1a', line),
      ),
    );
    const picture: Picture = { width: 900, height: 420, background: '#fbf8f1', steps };
    const ours = drawn(picture);
    expect(ours.pixels.equals(Buffer.from((await referencePixels(picture)).pixels))).toBe(true);
  });

  it('paints text that runs over any edge of the picture as a larger picture shows that part', () => {
    const steps = [
      text(-30.25, 60, 56, 700, '#1a1a1a', '強皮症'),
      text(120.5, 20, 84, 400, '#b3261e', '上に'),
      text(60, 140, 84, 700, '#1d5fa8', '下へ'),
      text(250.75, 80, 56, 400, '#1a1a1a', '右へ'),
    ];
    const picture: Picture = { width: 300, height: 120, background: '#fbf8f1', steps };
    // The same text 40 px in from every edge of a picture 80 px wider and higher: whole pixels, so the same masks.
    const margin = 40;
    const larger: Picture = {
      width: picture.width + 2 * margin,
      height: picture.height + 2 * margin,
      background: picture.background,
      steps: steps.map((step) => ({ ...step, x: step.x + margin, baseline: step.baseline + margin })),
    };
    const ours = drawn(picture).pixels;
    const whole = drawn(larger).pixels;
    const rowBytes = picture.width * 4;
    for (let row = 0; row < picture.height; row++) {
      const from = ((row + margin) * larger.width + margin) * 4;
      expect(ours.subarray(row * rowBytes, (row + 1) * rowBytes).equals(whole.subarray(from, from + rowBytes))).toBe(
        true,
      );
    }
  });

  it('fills a box on whole pixels exactly, over what was painted before', async () => {
    const picture: Picture = {
      width: 300,
      height: 200,
      background: '#ffffff',
      steps: [
        text(20, 100, 84, 700, '#000000', '部屋'),
        { draw: 'box', x: 50, y: 40, width: 120, height: 90, radius: 0, colour: '#2e7d32' },
      ],
    };
    const ours = drawn(picture);
    expect(ours.pixels.equals(Buffer.from((await referencePixels(picture)).pixels))).toBe(true);
  });

  it('paints a QR code a camera reads, its dark modules on whole pixels', () => {
    const url = 'https://hiroba.example/rooms/mpa/join?utm_medium=flyer';
    const qr: DrawStep = { draw: 'qr', x: 60.4, y: 40.2, size: 230, url, dark: '#1a1a1a', light: '#ffffff' };
    const picture: Picture = { width: 360, height: 320, background: '#fbf8f1', steps: [qr] };
    const { png, pixels } = drawn(picture);
    expect(decodeQrPng(png)).toBe(url);
    const { side, isDark } = qrModules(url);
    const edge = (module: number) => Math.round((module * qr.size) / side);
    // Every pixel of every module is wholly dark or light, but for the square's outer edge, which is not on whole
    // pixels here: the reference shades it, and so does the drawing.
    for (let row = 1; row < side - 1; row++) {
      for (let column = 1; column < side - 1; column++) {
        for (let y = 40 + edge(row); y < 40 + edge(row + 1); y++) {
          for (let x = 60 + edge(column); x < 60 + edge(column + 1); x++) {
            expect(pixels.readUInt32BE((y * picture.width + x) * 4)).toBe(
              isDark(row, column) ? 0x1a1a1aff : 0xffffffff,
            );
          }
        }
      }
    }
  });

  it('gives the same bytes for the same picture, whatever was drawn before it in the process', async () => {
    const picture = scene();
    const first = drawn(picture).png;
    expect(drawn(picture).png.equals(first)).toBe(true);
    // A fresh process (a fresh module, its glyph masks not kept yet) that first draws other text: the picture's
    // glyphs are then rasterised in other places on their sheet, and must come out the same.
    vi.resetModules();
    const fresh = await import('../../../src/images/canvas/draw.ts');
    const before = scene().steps.map((step) => (step.draw === 'text' ? { ...step, text: `亜${step.text}` } : step));
    fresh.drawPicture({ ...picture, steps: [text(0, 60, 84, 700, '#000000', '一二三四五六七八九十'), ...before] });
    expect(encodePng(fresh.drawPicture(picture)).equals(first)).toBe(true);
  });

  it('gives the same file when painted over the scanlines of the picture rendered before it', () => {
    const picture = scene();
    const blank = encodePng(drawPicture(picture));
    // A picture of the same size, no pixel of it the background's palette entry, then this one over it.
    const cover: DrawStep = { draw: 'box', x: 0, y: 0, width: 900, height: 560, radius: 0, colour: '#102030' };
    const other = { ...scene(3, '#b3261e'), steps: [cover, ...scene(3, '#b3261e').steps] };
    renderPicturePng(other);
    expect(renderPicturePng(picture).equals(blank)).toBe(true);
    renderPicturePng(other);
    expect(renderPicturePng(picture).equals(blank)).toBe(true);
  });

  it('stores a picture of more than 256 colours as RGB, with the same pixels', async () => {
    const boxes = Array.from({ length: 300 }, (_, at): DrawStep => {
      const value = (at * 0x010305 + 0x204060) & 0xffffff;
      return {
        draw: 'box',
        x: (at % 20) * 30,
        y: Math.floor(at / 20) * 20,
        width: 30,
        height: 20,
        radius: 0,
        colour: `#${value.toString(16).padStart(6, '0')}`,
      };
    });
    const glyphs = ['全', 'ろ', 'A', '7'].map((line, at) => text(30 + at * 120.25, 200, 84, 700, '#fbf8f1', line));
    const picture: Picture = { width: 600, height: 300, background: '#ffffff', steps: [...boxes, ...glyphs] };
    const ours = drawn(picture);
    expect(ours.colourType).toBe(2);
    expect(ours.pixels.equals(Buffer.from((await referencePixels(picture)).pixels))).toBe(true);
    expect(drawn(scene()).colourType).toBe(3);
    // Painted over the RGB scanlines of another such picture, it is the same file.
    renderPicturePng({ ...picture, steps: [...glyphs, ...boxes] });
    expect(renderPicturePng(picture).equals(ours.png)).toBe(true);
  });
});
