import { parseHex } from '../../lib/contrast.ts';
import type { ScanlineSource, Scanlines } from '../png-encode.ts';
import { glyphMasks, phasesPerPixel, type GlyphMask } from './glyph-masks.ts';
import type { Picture, TextStep } from './picture.ts';
import { paintBox, paintQr } from './shapes.ts';
import { paintedScanlines, type Surface } from './surface.ts';
import { glyphRun } from './text.ts';

/**
 * A picture painted into the scanlines of its PNG file, without an SVG: boxes and QR codes by their pixels' areas,
 * text through each glyph's coverage mask, rasterised once by resvg and kept (./glyph-masks.ts). Each glyph's origin
 * is kept to a quarter pixel across and its baseline to a whole pixel, so a mask serves every line it appears on.
 * The same picture always gives the same bytes: what the masks are does not depend on which pictures came before,
 * and every pixel is painted, whatever `source`'s scanlines held.
 */
export function drawPicture(picture: Picture, source?: ScanlineSource): Scanlines {
  const { width, height } = picture;
  const colours = new Map<string, number>();
  const colourOf = (hex: string) => {
    let colour = colours.get(hex);
    if (colour === undefined) {
      const [r, g, b] = parseHex(hex);
      colour = (r << 16) | (g << 8) | b;
      colours.set(hex, colour);
    }
    return colour;
  };
  const glyphs = glyphsOf(picture.steps.filter((step) => step.draw === 'text'));
  const paint = (surface: Surface) => {
    for (const step of picture.steps) {
      if (step.draw === 'box') paintBox(surface, step, colourOf(step.colour), picture);
      else if (step.draw === 'qr') paintQr(surface, step, colourOf(step.dark), colourOf(step.light), picture);
      else {
        const colour = colourOf(step.colour);
        for (const { mask, column, row } of glyphs.get(step) ?? [])
          surface.blendMask(mask, column + mask.left, row + mask.top, colour);
      }
    }
  };
  return paintedScanlines(width, height, colourOf(picture.background), paint, source);
}

/** A glyph of a line: its mask, and the pixel its origin falls in. */
interface PlacedGlyph {
  mask: GlyphMask;
  column: number;
  row: number;
}

/** The glyphs of each line, their masks asked for all at once: those not kept yet are rasterised together. */
function glyphsOf(lines: readonly TextStep[]): Map<TextStep, PlacedGlyph[]> {
  const placed = lines.map(({ text, x, baseline, size, weight }) => {
    const row = Math.round(baseline);
    return glyphRun(text, size, weight).glyphs.map((glyph) => {
      const phases = Math.round((x + glyph.x) * phasesPerPixel);
      const column = Math.floor(phases / phasesPerPixel);
      return { key: { weight, id: glyph.id, size, phase: phases - column * phasesPerPixel }, column, row };
    });
  });
  const masks = glyphMasks(placed.flat().map(({ key }) => key));
  let next = 0;
  return new Map(
    lines.map((line, at) => [
      line,
      (placed[at] ?? []).map(({ column, row }) => ({ mask: masks[next++] ?? noGlyph, column, row })),
    ]),
  );
}

const noGlyph: GlyphMask = { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(), spans: new Uint16Array() };
