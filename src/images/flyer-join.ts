import type { DrawStep, QrStep } from './canvas/picture.ts';
import { column, row, type Block } from './block.ts';
import type { FlyerContent } from './flyer-content.ts';
import { textBlock, textLines, type TextLook } from './text-block.ts';
import { palette } from '../model/palette.ts';

/**
 * The flyer's 参加のしかた: each way in with its name, numbered steps and QR code (side by side when it is the only
 * one, in columns otherwise); for a room that cannot be joined, a notice and the code of its page. Laid out at scale
 * `k` (./flyer-image.ts fits the sheet), except the codes, which never get smaller than a camera reads well.
 */

const colors = palette.light;
const qrSize = 520;
const joinGap = 40;
/** 5 cm at the sheet's 150 dpi: the smallest a printed code is drawn, whatever the scale. */
const smallestQr = Math.ceil((5 / 2.54) * 150);
/** The codes' own colours, as the downloadable SVG and PNG codes have them (./qr.ts). */
const qrColours = { dark: '#000000', light: '#ffffff' };

type Way = FlyerContent['ways'][number];

const look = (size: number, weight: 400 | 700, colour: string, lineHeight = 1.55): TextLook => ({
  size,
  weight,
  lineHeight,
  colour,
});

const heading = (text: string, size: number, colour: string, width: number) =>
  textBlock(text, look(size, 700, colour, 1.2), width);

const qrWidth = (wanted: number, k: number) => Math.max(smallestQr, Math.round(wanted * k));

/** One numbered step: the number in a circle, the words beside it, and the space under it. */
function step(number: number, detail: string, width: number, k: number): Block {
  const badge = Math.round(48 * k);
  const gap = 18;
  const digits = look(28 * k, 700, colors.actionInk, 1);
  const circle: DrawStep[] = [
    { draw: 'box', x: 0, y: 0, width: badge, height: badge, radius: badge / 2, colour: colors.action },
    ...column([
      {
        block: textLines([String(number)], { ...digits, align: 'centre' }, badge),
        marginTop: (badge - digits.size) / 2,
      },
    ]).steps,
  ];
  const words = textBlock(detail, look(27 * k, 400, colors.ink, 1.45), width - badge - gap);
  const both = row([
    { block: { steps: circle, height: badge }, left: 0 },
    { block: words, left: badge + gap },
  ]);
  return { steps: both.steps, height: both.height + 18 * k };
}

const steps = (way: Way, width: number, k: number) =>
  column(way.steps.map((detail, index) => step(index + 1, detail, width, k)));

/** A QR code with its caption centred under it. */
function qrFigure(url: string, size: number, caption: string, k: number): Block {
  const code: QrStep = { draw: 'qr', x: 0, y: 0, size, url, ...qrColours };
  return column([
    { steps: [code], height: size },
    { block: textBlock(caption, { ...look(24 * k, 400, colors.muted), align: 'centre' }, size), marginTop: 8 * k },
  ]);
}

/** One way in: its name, its steps and its QR code, side by side when it is the only one, stacked otherwise. */
function wayBlock(way: Way, width: number, alone: boolean, k: number): Block {
  const caption = `読み取ると、${way.name}が開きます`;
  const name = (nameWidth: number) => heading(way.name, 34 * k, colors.action, nameWidth);
  if (alone) {
    const qr = qrWidth(qrSize, k);
    const stepsWidth = width - qr - joinGap;
    const words = column([name(stepsWidth), { block: steps(way, stepsWidth, k), marginTop: 18 * k }]);
    return row([
      { block: words, left: 0 },
      { block: qrFigure(way.qrUrl, qr, caption, k), left: width - qr },
    ]);
  }
  const qr = Math.min(width, qrWidth(Math.min(400, width), k));
  return column([
    name(width),
    { block: qrFigure(way.qrUrl, qr, caption, k), marginTop: 18 * k, left: (width - qr) / 2 },
    { block: steps(way, width, k), marginTop: 16 * k },
  ]);
}

/** How to join, `width` px wide. */
export function joinBlock(flyer: FlyerContent, width: number, k: number): Block {
  const count = Math.max(1, flyer.ways.length);
  const wayWidth = (width - joinGap * (count - 1)) / count;
  const ways = row(
    flyer.ways.map((way, index) => ({
      block: wayBlock(way, wayWidth, count === 1, k),
      left: index * (wayWidth + joinGap),
    })),
  );
  return column([heading('参加のしかた', 36 * k, colors.ink, width), { block: ways, marginTop: 20 * k }]);
}
