import { parseHex } from '../../lib/contrast.ts';
import type { Scanlines } from '../png-encode.ts';
import { glyphMasks, phasesPerPixel, type GlyphKey, type GlyphMask } from './glyph-masks.ts';
import type { Picture, TextStep } from './picture.ts';
import { paintBox, paintQr } from './shapes.ts';
import { paintedScanlines, type Surface } from './surface.ts';
import { glyphRun } from './text.ts';

/**
 * A picture painted into the scanlines of its PNG file, without an SVG: boxes and QR codes by their pixels' areas,
 * text through each glyph's coverage mask, rasterised once by resvg and kept (./glyph-masks.ts). Each glyph's origin
 * is kept to a quarter pixel across and its baseline to a whole pixel, so a mask serves every line it appears on.
 * The same picture always gives the same bytes: what the masks are does not depend on which pictures came before.
 */
export function drawPicture(picture: Picture): Scanlines {
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
  const texts = placedTexts(picture.steps.filter((step) => step.draw === 'text'));
  const masks = glyphMasks(texts.flatMap(({ glyphs }) => glyphs.map(({ key }) => key)));
  const paint = (surface: Surface) => {
    let text = 0;
    let mask = 0;
    for (const step of picture.steps) {
      if (step.draw === 'box') paintBox(surface, step, colourOf(step.colour), picture);
      else if (step.draw === 'qr') paintQr(surface, step, colourOf(step.dark), colourOf(step.light), picture);
      else {
        const colour = colourOf(step.colour);
        for (const { column, row } of texts[text++]?.glyphs ?? []) {
          const { left, top, ...coverage }: GlyphMask = masks[mask++] ?? empty;
          surface.blendMask(coverage, column + left, row + top, colour);
        }
      }
    }
  };
  return paintedScanlines(width, height, colourOf(picture.background), paint);
}

const empty: GlyphMask = { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array() };

/** Each glyph of a line: its mask's key, and the pixel its origin falls in. */
interface PlacedText {
  glyphs: { key: GlyphKey; column: number; row: number }[];
}

function placedTexts(steps: readonly TextStep[]): PlacedText[] {
  return steps.map(({ text, x, baseline, size, weight }) => {
    const row = Math.round(baseline);
    return {
      glyphs: glyphRun(text, size, weight).glyphs.map((glyph) => {
        const phases = Math.round((x + glyph.x) * phasesPerPixel);
        const column = Math.floor(phases / phasesPerPixel);
        return { key: { weight, id: glyph.id, size, phase: phases - column * phasesPerPixel }, column, row };
      }),
    };
  });
}
