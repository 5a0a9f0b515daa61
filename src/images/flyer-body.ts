import { textWidth } from './canvas/text.ts';
import { column, row, type Block } from './block.ts';
import type { FlyerContent } from './flyer-content.ts';
import { joinBlock } from './flyer-join.ts';
import { largestFittingSize } from './line-fit.ts';
import { phraseLines, textBlock, textLines, type TextLook } from './text-block.ts';
import { phrases } from '../lib/phrases.ts';
import { palette } from '../model/palette.ts';

/**
 * Everything on a flyer between its header and its footer, `width` px wide at scale `k`: the room's name, what it
 * is, who it is for, what it values and how to join.
 */

const colors = palette.light;
const nameSizes = [80, 72, 64, 56];

const look = (size: number, weight: 400 | 700, colour = colors.ink, lineHeight = 1.55): TextLook => ({
  size,
  weight,
  lineHeight,
  colour,
});

/** A word in bold before what it names, the name's lines beside it. */
function labelled(label: string, text: string, width: number, k: number): Block {
  const gap = 16;
  const labelLook = look(28 * k, 700);
  const labelWidth = textWidth(label, labelLook.size, labelLook.weight) + gap;
  return row([
    { block: textLines([label], labelLook, labelWidth), left: 0 },
    { block: textBlock(text, look(28 * k, 400), width - labelWidth), left: labelWidth },
  ]);
}

/** The mottos on a rounded pale panel, each after a bullet. */
function mottoPanel(mottos: readonly string[], width: number, k: number): Block {
  const padding = { y: 28 * k, x: 36 };
  const inner = width - padding.x * 2;
  const bullet = { look: look(28 * k, 400), gap: 12 };
  const bulletWidth = textWidth('・', bullet.look.size, bullet.look.weight) + bullet.gap;
  const items = mottos.map((motto) =>
    row([
      { block: textLines(['・'], bullet.look, bulletWidth), left: 0 },
      { block: textBlock(motto, bullet.look, inner - bulletWidth), left: bulletWidth },
    ]),
  );
  const words = column([
    {
      block: textBlock('この部屋が大切にしていること', look(30 * k, 700, colors.action, 1.2), inner),
      marginTop: padding.y,
    },
    { block: column(items), marginTop: 8 * k },
  ]);
  const height = words.height + padding.y;
  return {
    steps: [
      { draw: 'box', x: 0, y: 0, width, height, radius: 20, colour: colors.surface },
      ...column([{ block: words, left: padding.x }]).steps,
    ],
    height,
  };
}

export function flyerBody(flyer: FlyerContent, width: number, k: number): Block {
  const namePieces = phrases(flyer.roomName);
  const nameFont = { sizes: nameSizes.map((size) => size * k), weight: 700 } as const;
  const nameSize = largestFittingSize(namePieces, nameFont, width, 3);
  return column([
    phraseLines(namePieces, look(nameSize, 700, colors.ink, 1.3), width),
    { block: textBlock(flyer.summary, look(32 * k, 400), width), marginTop: 24 * k },
    { block: labelled('対象', `${flyer.condition}｜${flyer.roles}`, width, k), marginTop: 20 * k },
    ...(flyer.scopeNote
      ? [{ block: textBlock(flyer.scopeNote, look(24 * k, 400, colors.muted), width), marginTop: 8 * k }]
      : []),
    { block: mottoPanel(flyer.mottos, width, k), marginTop: 32 * k },
    { block: joinBlock(flyer, width, k), marginTop: 40 * k },
  ]);
}
