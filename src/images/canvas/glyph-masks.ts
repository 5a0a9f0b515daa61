import { Resvg } from '@resvg/resvg-js';
import { coverageSpans, type Coverage } from './coverage.ts';
import { glyphOutline, type FontWeight } from './text.ts';

/**
 * Glyphs as coverage masks, rasterised by resvg and kept for the process: a build draws the same few thousand
 * glyphs at the same few sizes into thousands of images. The masks a picture still lacks are drawn together on one
 * sheet, each in its own cell, so resvg is asked once per picture at most (measured: about 0.1–0.3 ms a glyph, the
 * sheet's parsing and clearing included).
 */

/** Where a glyph's origin falls inside its pixel is kept to a quarter pixel: a mask for each of four phases. */
export const phasesPerPixel = 4;

/** A glyph as drawn: which one, at what size, and its origin's phase (0 to 3 quarters of a pixel to the right). */
export interface GlyphKey {
  weight: FontWeight;
  id: number;
  size: number;
  phase: number;
}

/**
 * A glyph's coverage (0 none, 255 full), `width` × `height` bytes, row by row, with its runs (./coverage.ts). Its top
 * left pixel is `left` pixels right of and `top` pixels below the pixel where the glyph's origin (the pen on the
 * baseline) falls.
 */
export interface GlyphMask extends Coverage {
  left: number;
  top: number;
}

/** An outline as the font has it: one letter per command (M L Q C Z) and their points' coordinates in a row. */
interface Outline {
  commands: string;
  coordinates: number[];
  unitsPerEm: number;
}

const pointsOf: Readonly<Record<string, number>> = { M: 1, L: 1, Q: 2, C: 3, Z: 0 };

const outlines = new Map<string, Outline>();
const outlinesLimit = 20_000;
const masks = new Map<string, GlyphMask>();
/** Bytes of coverage kept at most (a 32 px glyph is about 1 KiB, an 84 px one 7 KiB). */
const masksBytesLimit = 64 * 1024 * 1024;
let masksBytes = 0;

function outlineOf(id: number, weight: FontWeight): Outline {
  const key = `${weight} ${id}`;
  let outline = outlines.get(key);
  if (!outline) {
    const { path, unitsPerEm } = glyphOutline(id, weight);
    const commands = path.replace(/[^A-Z]/g, '');
    const coordinates = path
      .split(/[A-Z ]+/)
      .filter(Boolean)
      .map(Number);
    outline = { commands, coordinates, unitsPerEm };
    if (outlines.size >= outlinesLimit) outlines.clear();
    outlines.set(key, outline);
  }
  return outline;
}

/**
 * Coordinates are cut to 1/256 px, as resvg's rasteriser (tiny-skia, as Skia) cuts them to its fixed point when it
 * anti-aliases, so a glyph's mask is what the reference renderer draws of it there. They are written as whole
 * numbers of 1/256 px (scaled back by a power of two, exactly) and cells lie on whole pixels: a glyph's path is the
 * same numbers plus whole pixels wherever its cell lies, drawn the same, so a mask never depends on which other
 * glyphs shared its sheet.
 */
const units = 256;

/** A glyph's outline in 1/256 px from its pixel's top left corner (y down), and the pixels it may touch. */
function placedOutline({ weight, id, size, phase }: GlyphKey) {
  const { commands, coordinates, unitsPerEm } = outlineOf(id, weight);
  const scale = (size / unitsPerEm) * units;
  const shift = (phase / phasesPerPixel) * units;
  const points = new Int32Array(coordinates.length);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let at = 0; at < points.length; at += 2) {
    const x = Math.floor(shift + (coordinates[at] ?? 0) * scale);
    const y = Math.floor(-(coordinates[at + 1] ?? 0) * scale);
    points[at] = x;
    points[at + 1] = y;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  if (points.length === 0) return { commands, points, left: 0, top: 0, width: 0, height: 0 };
  // The control points' box holds the whole curve, so every pixel with any coverage lies inside it.
  const left = Math.floor(minX / units);
  const top = Math.floor(minY / units);
  return { commands, points, left, top, width: Math.ceil(maxX / units) - left, height: Math.ceil(maxY / units) - top };
}

/** The path data of `outline` with its box's top left corner moved to pixel (`x`, `y`). */
function pathData(outline: ReturnType<typeof placedOutline>, x: number, y: number): string {
  const offsetX = (x - outline.left) * units;
  const offsetY = (y - outline.top) * units;
  let data = '';
  let at = 0;
  for (const command of outline.commands) {
    data += command;
    for (let point = 0; point < (pointsOf[command] ?? 0); point++, at += 2)
      data += `${point > 0 ? ' ' : ''}${(outline.points[at] ?? 0) + offsetX} ${(outline.points[at + 1] ?? 0) + offsetY}`;
  }
  return data;
}

const maskKey = ({ weight, id, size, phase }: GlyphKey) => `${weight} ${id} ${size} ${phase}`;

/** The masks of `keys`, in their order: those not kept yet are rasterised together, on one sheet. */
export function glyphMasks(keys: readonly GlyphKey[]): GlyphMask[] {
  const names = keys.map(maskKey);
  const missing = new Map<string, GlyphKey>();
  names.forEach((name, at) => {
    const key = keys[at];
    if (key && !masks.has(name)) missing.set(name, key);
  });
  const found = new Map<string, GlyphMask>();
  if (missing.size > 0) {
    const drawn = rasterised([...missing.values()]);
    [...missing.keys()].forEach((name, at) => {
      const mask = drawn[at];
      if (mask) found.set(name, mask);
    });
    for (const [name, mask] of found) keep(name, mask);
  }
  return names.map((name) => {
    const mask = found.get(name) ?? masks.get(name);
    if (!mask) throw new Error(`glyph mask ${name} was not drawn`);
    return mask;
  });
}

function keep(name: string, mask: GlyphMask): void {
  const bytes = mask.alpha.length + mask.spans.byteLength;
  if (masksBytes + bytes > masksBytesLimit) {
    masks.clear();
    masksBytes = 0;
  }
  masks.set(name, mask);
  masksBytes += bytes;
}

/**
 * Cells are laid in rows of this width (wider only for a glyph wider than it), a pixel apart, and a sheet is at
 * most this high (its coordinates stay exact, its pixels at most 32 MiB); more glyphs take more sheets.
 */
const sheetWidth = 2048;
const sheetHeight = 4096;
const gap = 1;

type PlacedOutline = ReturnType<typeof placedOutline>;

/** Glyphs placed on one sheet: each outline and its cell's top left corner. */
interface Sheet {
  width: number;
  height: number;
  cells: { outline: PlacedOutline; x: number; y: number }[];
}

function rasterised(keys: readonly GlyphKey[]): GlyphMask[] {
  return sheetsOf(keys.map(placedOutline)).flatMap(cutOut);
}

/** Shelves: cells left to right, a new row when one is full, each row as high as its highest cell. */
function sheetsOf(outlines: readonly PlacedOutline[]): Sheet[] {
  // As wide as the cells need, up to the sheet's width: a picture that lacks a few glyphs gets a small sheet.
  const cellsWidth = outlines.reduce((total, outline) => total + outline.width + gap, 0);
  const width = Math.max(Math.min(sheetWidth, cellsWidth), ...outlines.map((outline) => outline.width));
  const sheets: Sheet[] = [];
  let sheet: Sheet = { width, height: 0, cells: [] };
  let x = 0;
  let y = 0;
  for (const outline of outlines) {
    if (x + outline.width > width) [x, y] = [0, sheet.height + gap];
    if (y + outline.height > sheetHeight && sheet.cells.length > 0) {
      sheets.push(sheet);
      sheet = { width, height: 0, cells: [] };
      [x, y] = [0, 0];
    }
    sheet.cells.push({ outline, x, y });
    sheet.height = Math.max(sheet.height, y + outline.height);
    x += outline.width + gap;
  }
  return [...sheets, sheet];
}

/** A sheet drawn by resvg, black on nothing, and each cell's coverage (its pixels' alpha) cut out of it. */
function cutOut({ width, height, cells }: Sheet): GlyphMask[] {
  const paths = cells.map(({ outline, x, y }) => (outline.width > 0 ? `<path d="${pathData(outline, x, y)}"/>` : ''));
  const pixels =
    height > 0
      ? new Resvg(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><g transform="scale(${1 / units})">${paths.join('')}</g></svg>`,
          { font: { loadSystemFonts: false } },
        ).render().pixels
      : new Uint8Array();
  return cells.map(({ outline, x, y }) => {
    const alpha = new Uint8Array(outline.width * outline.height);
    for (let row = 0; row < outline.height; row++)
      for (let column = 0; column < outline.width; column++)
        alpha[row * outline.width + column] = pixels[((y + row) * width + x + column) * 4 + 3] ?? 0;
    const { left, top, width: maskWidth, height: maskHeight } = outline;
    return {
      left,
      top,
      width: maskWidth,
      height: maskHeight,
      alpha,
      spans: coverageSpans(maskWidth, maskHeight, alpha),
    };
  });
}
