import { renderAsync } from '@resvg/resvg-js';
import type { RenderedPixels } from '../../support/rendered-pixels.ts';
import { glyphOutline, glyphRun } from '../../../src/images/canvas/text.ts';
import type { DrawStep, Picture } from '../../../src/images/canvas/picture.ts';
import { qrModules } from '../../../src/images/qr.ts';

/**
 * The test oracle of ../../../src/images/canvas/draw.ts: a picture as an SVG document of plain shapes: every glyph an outline from the font, placed where ./text.ts placed
 * it, and each QR module a square. resvg rasterises it into the picture's reference pixels.
 */
export function pictureSvg(picture: Picture): string {
  const { width, height, background } = picture;
  const shapes = picture.steps.map(stepSvg).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="${background}"/>${shapes}</svg>`;
}

function stepSvg(step: DrawStep): string {
  switch (step.draw) {
    case 'box':
      return `<rect x="${step.x}" y="${step.y}" width="${step.width}" height="${step.height}" rx="${step.radius}" fill="${step.colour}"/>`;
    case 'text': {
      const { glyphs } = glyphRun(step.text, step.size, step.weight);
      const paths = glyphs.map(({ id, x }) => {
        const { path, unitsPerEm } = glyphOutline(id, step.weight);
        const scale = step.size / unitsPerEm;
        return path
          ? `<path transform="translate(${step.x + x} ${step.baseline}) scale(${scale} ${-scale})" d="${path}"/>`
          : '';
      });
      return `<g fill="${step.colour}">${paths.join('')}</g>`;
    }
    case 'qr': {
      const { side, isDark } = qrModules(step.url);
      const squares: string[] = [];
      for (let row = 0; row < side; row++)
        for (let column = 0; column < side; column++)
          if (isDark(row, column)) squares.push(`M${column} ${row}h1v1h-1z`);
      const scale = step.size / side;
      return `<rect x="${step.x}" y="${step.y}" width="${step.size}" height="${step.size}" fill="${step.light}"/><path shape-rendering="crispEdges" transform="translate(${step.x} ${step.y}) scale(${scale})" fill="${step.dark}" d="${squares.join('')}"/>`;
    }
  }
}

/** The picture's reference pixels: its SVG as resvg rasterises it (premultiplied RGBA, ../../support/rendered-pixels.ts). */
export async function referencePixels(picture: Picture): Promise<RenderedPixels> {
  const image = await renderAsync(pictureSvg(picture), { font: { loadSystemFonts: false } });
  return { width: image.width, height: image.height, pixels: image.pixels };
}
