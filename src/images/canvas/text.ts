import * as fontkit from 'fontkit';
import { imageFonts } from '../font.ts';

/**
 * The images' text, measured and placed from the font itself: each character's advance width from the face of its
 * weight, as CSS lays out text without kerning. Whatever measures a line (line breaks, fitting a title) and whatever
 * draws it asks this one place, so a line is drawn exactly as wide as it was measured.
 */

export type FontWeight = 400 | 700;

/** A glyph of a line: which one, and where its origin is, in pixels from the line's start. */
export interface PlacedGlyph {
  id: number;
  x: number;
}

/** One weight's face, as much as the images need of it. */
interface Face {
  font: fontkit.Font;
  /** Pixels per font unit at size 1. */
  scale: number;
  /** The font's ascent and descent in font units: fontkit works them out anew each time they are asked for. */
  ascent: number;
  descent: number;
  advances: Map<number, { id: number; advance: number }>;
  /** Each text's width at size 1, as measured before: the phrases of titles, steps and mottos repeat across images. */
  widths: Map<string, number>;
}

/** How many texts' widths a face keeps: more than a build's images use, and a bound for a long dev session. */
const widthsLimit = 100_000;

let faces: Map<FontWeight, Face> | undefined;

function faceOf(weight: FontWeight): Face {
  faces ??= new Map(
    imageFonts().fonts.map(({ weight: fontWeight, data }) => {
      const font = fontkit.create(data);
      if (!('glyphForCodePoint' in font)) throw new Error(`${fontWeight} の書体ファイルがフォント集になっています`);
      const face: Face = {
        font,
        scale: 1 / font.unitsPerEm,
        ascent: font.ascent,
        descent: font.descent,
        advances: new Map(),
        widths: new Map(),
      };
      return [fontWeight, face];
    }),
  );
  const face = faces.get(weight);
  if (!face) throw new Error(`画像の書体に太さ ${weight} がありません`);
  return face;
}

function glyphOf(face: Face, codePoint: number): { id: number; advance: number } {
  let glyph = face.advances.get(codePoint);
  if (!glyph) {
    const found = face.font.glyphForCodePoint(codePoint);
    glyph = { id: found.id, advance: found.advanceWidth * face.scale };
    face.advances.set(codePoint, glyph);
  }
  return glyph;
}

/** The glyphs of one line of `text` at `size` px, and its width. */
export function glyphRun(text: string, size: number, weight: FontWeight): { glyphs: PlacedGlyph[]; width: number } {
  const face = faceOf(weight);
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  for (const char of text) {
    const glyph = glyphOf(face, char.codePointAt(0) ?? 0);
    glyphs.push({ id: glyph.id, x });
    x += glyph.advance * size;
  }
  return { glyphs, width: x };
}

/** How wide `text` is on one line at `size` px. */
export function textWidth(text: string, size: number, weight: FontWeight): number {
  const face = faceOf(weight);
  let width = face.widths.get(text);
  if (width === undefined) {
    width = 0;
    for (const char of text) width += glyphOf(face, char.codePointAt(0) ?? 0).advance;
    if (face.widths.size >= widthsLimit) face.widths.clear();
    face.widths.set(text, width);
  }
  return width * size;
}

/**
 * Where the baseline of a line sits below the line's top, as CSS puts it: the font's ascent plus half of what
 * `lineHeight` adds over the font's own height.
 */
export function baselineOffset(size: number, lineHeight: number, weight: FontWeight): number {
  const face = faceOf(weight);
  const ascent = face.ascent * face.scale * size;
  const fontHeight = (face.ascent - face.descent) * face.scale * size;
  return ascent + (size * lineHeight - fontHeight) / 2;
}

/** A glyph's outline as SVG path data in font units (y up), and the units per em it is drawn in. */
export function glyphOutline(id: number, weight: FontWeight): { path: string; unitsPerEm: number } {
  const { font } = faceOf(weight);
  return { path: font.getGlyph(id).path.toSVG(), unitsPerEm: font.unitsPerEm };
}
