import type { DrawStep, Picture } from './canvas/picture.ts';
import { baselineOffset, textWidth } from './canvas/text.ts';
import { column, moved, stepsAbove, type Block } from './block.ts';
import { flyerBody } from './flyer-body.ts';
import type { FlyerContent } from './flyer-content.ts';
import { addressLines, type TextLook } from './text-block.ts';
import { palette } from '../model/palette.ts';

/** A4 portrait at 150 dpi: sharp enough to print, small enough to send in a chat. */
export const flyerImageSize = { width: 1240, height: 1754 } as const;

const { width, height } = flyerImageSize;
const padding = 88;
const lineWidth = width - padding * 2;
// The site's light colours: a flyer is paper.
const colors = palette.light;
const header = { height: 132, site: { size: 56, weight: 700 }, tagline: { size: 30, weight: 400 } } as const;
const footer = { top: 24, bottom: 40, border: 2 };
const footerLook: TextLook = { size: 26, weight: 400, lineHeight: 1.6, colour: colors.muted };
/** The space above the body, and the least below it before the footer's line, at scale 1. */
const bodyMargin = { top: 48, bottom: 32 };

/**
 * The sheet has a fixed height while what staff write varies: a long name, a long summary, many mottos. Everything
 * between the header and the footer is laid out at the largest of these scales (1, 0.98 … 0.6) at which it fits.
 * Each line is laid out, so the height is exact; a layout takes a fraction of a millisecond, so the steps can be
 * fine. The footer with the page address and the contact always stays on the sheet.
 */
const scales = Array.from({ length: 21 }, (_, step) => (100 - step * 2) / 100);

/** The site's name and what the sheet is, on one baseline on the coloured band. */
function headerSteps(flyer: FlyerContent): DrawStep[] {
  const { site, tagline } = header;
  // The site name's line (the font's own height) centred on the band; the tagline sits on its baseline.
  const baseline = (header.height - site.size) / 2 + baselineOffset(site.size, 1, site.weight);
  const tag = 'オンラインの部屋のご案内';
  const text = { draw: 'text', baseline, colour: colors.actionInk } as const;
  return [
    { draw: 'box', x: 0, y: 0, width, height: header.height, radius: 0, colour: colors.action },
    { ...text, x: padding, ...site, text: flyer.siteName },
    { ...text, x: width - padding - textWidth(tag, tagline.size, tagline.weight), ...tagline, text: tag },
  ];
}

/** Where to read more and who runs the room, under a pale line; an address ends a line after a separator. */
function footerPart(flyer: FlyerContent): { steps: DrawStep[]; top: number } {
  const lines = [
    `くわしくは ${flyer.pageUrl}`,
    `${flyer.programme}　運営: ${flyer.operator}`,
    `お問い合わせ: ${flyer.contact}`,
  ];
  const words = column(lines.map((line) => addressLines(line, footerLook, lineWidth)));
  const top = Math.floor(height - footer.bottom - words.height - footer.top - footer.border);
  return {
    top,
    steps: [
      { draw: 'box', x: 0, y: top, width, height: footer.border, radius: 0, colour: colors.surface },
      ...moved(words.steps, padding, top + footer.border + footer.top),
    ],
  };
}

/**
 * The body at the largest scale at which it fits `room` px, else at the smallest. A smaller scale never makes the
 * body taller (its text, gaps and badges shrink, its codes shrink or stay, the text's lines get no narrower), so the
 * scales are halved between one that fits and one that does not: five layouts instead of one per scale tried (the
 * national set's flyers tried ten on average, 1.1 ms of their 9 ms).
 */
export function fittingBody(flyer: FlyerContent, room: number): { body: Block; k: number } {
  const laidOut = (k: number) => {
    const body = flyerBody(flyer, lineWidth, k);
    return { body, k, fits: (bodyMargin.top + bodyMargin.bottom) * k + body.height <= room };
  };
  // scales[low] does not fit (or is above them all), scales[high] fits (or is below them all).
  let low = -1;
  let high = scales.length;
  let fitting: ReturnType<typeof laidOut> | undefined;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    const tried = laidOut(scales[middle] ?? 1);
    if (tried.fits) [high, fitting] = [middle, tried];
    else low = middle;
  }
  return fitting ?? laidOut(Math.min(...scales));
}

/**
 * The flyer as one picture. Its QR codes are the flyer's own: one per way in, each opening the way's link; for a
 * room that cannot be joined, the one that opens its page.
 */
export function flyerImage(flyer: FlyerContent): Picture {
  const foot = footerPart(flyer);
  const { body, k } = fittingBody(flyer, foot.top - header.height);
  return {
    width,
    height,
    background: colors.paper,
    steps: [
      ...headerSteps(flyer),
      // Cut off at the footer, never pushing it off, when even the smallest scale is not enough.
      ...stepsAbove(moved(body.steps, padding, header.height + bodyMargin.top * k), foot.top),
      ...foot.steps,
    ],
  };
}
