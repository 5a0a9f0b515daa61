import { box, image, phraseBlock, type ImageElement, type Style } from './element.ts';
import type { FlyerContent } from './flyer-content.ts';
import { fontFamily } from './font.ts';
import { largestFittingSize, textWidthEm, wrapPhrases } from './line-fit.ts';
import { phrases } from '../lib/phrases.ts';
import { palette } from '../model/palette.ts';

/** A4 portrait at 150 dpi: sharp enough to print, small enough to send in a chat. */
export const flyerImageSize = { width: 1240, height: 1754 } as const;

const padding = 88;
const textWidth = flyerImageSize.width - padding * 2;
const qrSize = 520;
const joinGap = 40;
// The site's light colours: a flyer is paper.
const { paper, ink, muted, action: accent, actionInk, surface: soft } = palette.light;
const colors = { paper, ink, muted, accent, actionInk, soft };
const headerHeight = 132;
const footer = { top: 24, bottom: 40, size: 26, lineHeight: 1.6, border: 2 };

/**
 * The sheet has a fixed height while what staff write varies: a long name, a long summary, many mottos. Everything
 * between the header and the footer is laid out at the largest of these scales at which its estimated height fits,
 * so nothing runs off the bottom and the footer with the page address and the contact stays on the sheet. Even at
 * the smallest the QR code is over 5 cm wide.
 */
const scales = [1, 0.92, 0.85, 0.78, 0.72, 0.66];
const smallestScale = 0.6;
/** Room for estimates that run short: Latin letters are a little wider than ./line-fit.ts counts them. */
const safety = 24;

/** An element and the height it takes, its top margin included. */
interface Block {
  element: ImageElement;
  height: number;
}

function column(blocks: Block[], style: Style = {}, ownHeight = 0): Block {
  return {
    element: box(
      { flexDirection: 'column', ...style },
      blocks.map((block) => block.element),
    ),
    height: blocks.reduce((sum, block) => sum + block.height, ownHeight),
  };
}

function text(
  content: string,
  size: number,
  width: number,
  style: Style = {},
  marginTop = 0,
  lineHeight = 1.55,
): Block {
  const pieces = phrases(content);
  return {
    element: phraseBlock(pieces, { fontSize: size, lineHeight, marginTop, ...style }, width),
    height: marginTop + wrapPhrases(pieces, size, width).length * size * lineHeight,
  };
}

function heading(content: string, size: number, marginBottom: number, style: Style = {}): Block {
  return {
    element: box({ fontSize: size, fontWeight: 700, lineHeight: 1.2, marginBottom, ...style }, content),
    height: size * 1.2 + marginBottom,
  };
}

function step(number: number, detail: string, width: number, k: number): Block {
  const badge = { size: Math.round(48 * k), gap: 18 };
  const words = text(detail, 27 * k, width - badge.size - badge.gap, {}, 0, 1.45);
  const circle = box(
    {
      width: badge.size,
      height: badge.size,
      flexShrink: 0,
      borderRadius: badge.size / 2,
      backgroundColor: colors.accent,
      color: colors.actionInk,
      fontSize: 28 * k,
      fontWeight: 700,
      alignItems: 'center',
      justifyContent: 'center',
      marginRight: badge.gap,
    },
    String(number),
  );
  return {
    element: box({ alignItems: 'flex-start', marginBottom: 18 * k }, [circle, words.element]),
    height: Math.max(badge.size, words.height) + 18 * k,
  };
}

/** A QR code with its caption under it. */
function qrFigure(dataUrl: string, size: number, caption: string, k: number): Block {
  const label = text(caption, 24 * k, size, { color: colors.muted, justifyContent: 'center' }, 8);
  return {
    element: box({ flexDirection: 'column', alignItems: 'center', flexShrink: 0, width: size }, [
      image(dataUrl, size, size),
      label.element,
    ]),
    height: size + label.height,
  };
}

/** One way in: its name, its steps and its QR code, side by side when it is the only one, stacked otherwise. */
function wayBlock(way: FlyerContent['ways'][number], qr: string, width: number, alone: boolean, k: number): Block {
  const qrWidth = Math.round(Math.min(alone ? qrSize : 400, alone ? qrSize : width) * k);
  const stepsWidth = alone ? width - qrWidth - joinGap : width;
  const figure = qrFigure(qr, qrWidth, `読み取ると、${way.name}が開きます`, k);
  if (alone) {
    const steps = column([
      heading(way.name, 34 * k, 18 * k, { color: colors.accent }),
      ...way.steps.map((detail, index) => step(index + 1, detail, stepsWidth, k)),
    ]);
    return {
      element: box({ alignItems: 'flex-start' }, [
        box({ flexDirection: 'column', flexGrow: 1, flexShrink: 1, paddingRight: joinGap }, steps.element),
        figure.element,
      ]),
      height: Math.max(steps.height, figure.height),
    };
  }
  const name = heading(way.name, 34 * k, 18 * k, { color: colors.accent });
  const stepList = column(way.steps.map((detail, index) => step(index + 1, detail, width, k)));
  return {
    element: box({ flexDirection: 'column', width }, [
      name.element,
      box({ justifyContent: 'center', width }, figure.element),
      box({ flexDirection: 'column', marginTop: 16 * k, width }, stepList.element),
    ]),
    height: name.height + figure.height + 16 * k + stepList.height,
  };
}

function joinRow(flyer: FlyerContent, qrs: readonly string[], k: number): Block {
  const [firstQr = ''] = qrs;
  if (flyer.unavailable) {
    const qr = Math.round(qrSize * 0.8 * k);
    const note = column([
      heading('お知らせ', 36 * k, 24 * k),
      text(flyer.unavailable.note, 30 * k, textWidth - qr - joinGap, { fontWeight: 700 }),
    ]);
    const figure = qrFigure(firstQr, qr, '読み取ると、この部屋のページが開きます', k);
    return {
      element: box({ marginTop: 40 * k, alignItems: 'flex-start' }, [
        box({ flexDirection: 'column', flexGrow: 1, flexShrink: 1, paddingRight: joinGap }, note.element),
        figure.element,
      ]),
      height: 40 * k + Math.max(note.height, figure.height),
    };
  }
  const count = Math.max(1, flyer.ways.length);
  const width = (textWidth - joinGap * (count - 1)) / count;
  const ways = flyer.ways.map((way, index) => wayBlock(way, qrs[index] ?? firstQr, width, count === 1, k));
  const title = heading('参加のしかた', 36 * k, 20 * k);
  return {
    element: box({ flexDirection: 'column', marginTop: 40 * k }, [
      title.element,
      box(
        { alignItems: 'flex-start', justifyContent: 'space-between' },
        ways.map((way) => way.element),
      ),
    ]),
    height: 40 * k + title.height + Math.max(...ways.map((way) => way.height)),
  };
}

/** Everything between the header and the footer, at scale `k`. */
function middle(flyer: FlyerContent, qrs: readonly string[], k: number): Block {
  const namePieces = phrases(flyer.roomName);
  const nameSize = largestFittingSize(
    namePieces,
    [80, 72, 64, 56].map((size) => size * k),
    textWidth,
    3,
  );
  const label = { size: 28 * k, gap: 16 };
  const target = text(
    `${flyer.condition}｜${flyer.roles}`,
    label.size,
    textWidth - textWidthEm('対象') * label.size - label.gap,
  );
  const bullet = { size: 28 * k, gap: 12 };
  const mottoPadding = { y: 28 * k, x: 36 };
  const mottoWidth = textWidth - mottoPadding.x * 2 - textWidthEm('・') * bullet.size - bullet.gap;
  const mottos = flyer.mottos.map((motto): Block => {
    const line = text(motto, bullet.size, mottoWidth);
    return {
      element: box({ fontSize: bullet.size, lineHeight: 1.55 }, [
        box({ marginRight: bullet.gap, flexShrink: 0 }, '・'),
        line.element,
      ]),
      height: line.height,
    };
  });
  return column(
    [
      {
        element: phraseBlock(namePieces, { fontSize: nameSize, fontWeight: 700, lineHeight: 1.3 }, textWidth),
        height: wrapPhrases(namePieces, nameSize, textWidth).length * nameSize * 1.3,
      },
      text(flyer.summary, 32 * k, textWidth, {}, 24 * k),
      {
        element: box({ marginTop: 20 * k, fontSize: label.size, lineHeight: 1.55 }, [
          box({ fontWeight: 700, marginRight: label.gap, flexShrink: 0 }, '対象'),
          target.element,
        ]),
        height: 20 * k + target.height,
      },
      ...(flyer.scopeNote ? [text(flyer.scopeNote, 24 * k, textWidth, { color: colors.muted }, 8 * k)] : []),
      column(
        [heading('この部屋が大切にしていること', 30 * k, 8 * k, { color: colors.accent }), ...mottos],
        {
          marginTop: 32 * k,
          padding: `${mottoPadding.y}px ${mottoPadding.x}px`,
          backgroundColor: colors.soft,
          borderRadius: 20,
        },
        32 * k + mottoPadding.y * 2,
      ),
      joinRow(flyer, qrs, k),
    ],
    // Clipped, never pushing the footer off, if even the smallest scale is not enough.
    { flexGrow: 1, flexShrink: 1, minHeight: 0, overflow: 'hidden', padding: `${48 * k}px ${padding}px 0` },
    48 * k,
  );
}

function footerBlock(flyer: FlyerContent): Block {
  const lines = [
    `くわしくは ${flyer.pageUrl}`,
    `${flyer.programme}　運営: ${flyer.operator}`,
    `お問い合わせ: ${flyer.contact}`,
  ];
  // These break anywhere they must (an address, an e-mail), not between phrases.
  const lineCount = lines.reduce((sum, line) => sum + Math.ceil((textWidthEm(line) * footer.size) / textWidth), 0);
  return {
    element: box(
      {
        flexShrink: 0,
        flexDirection: 'column',
        padding: `${footer.top}px ${padding}px ${footer.bottom}px`,
        fontSize: footer.size,
        lineHeight: footer.lineHeight,
        color: colors.muted,
        borderTop: `${footer.border}px solid ${colors.soft}`,
      },
      lines.map((line) => box({ width: textWidth, overflowWrap: 'anywhere' }, line)),
    ),
    height: footer.top + footer.bottom + footer.border + lineCount * footer.size * footer.lineHeight,
  };
}

/** The middle at the largest scale at which it fits `room`, else at the smallest. */
function fittingMiddle(flyer: FlyerContent, qrs: readonly string[], room: number): Block {
  for (const k of scales) {
    const layout = middle(flyer, qrs, k);
    if (layout.height <= room) return layout;
  }
  return middle(flyer, qrs, smallestScale);
}

/**
 * The flyer as one image. `qrs` are the QR codes (SVG data URLs from the site's QR module), one per way in, in the
 * flyer's order; for a room that cannot be joined, the one that opens its page.
 */
export function flyerImage(flyer: FlyerContent, qrs: readonly string[]): ImageElement {
  const foot = footerBlock(flyer);
  const body = fittingMiddle(flyer, qrs, flyerImageSize.height - headerHeight - foot.height - safety);
  return box(
    {
      width: flyerImageSize.width,
      height: flyerImageSize.height,
      flexDirection: 'column',
      backgroundColor: colors.paper,
      color: colors.ink,
      fontFamily,
    },
    [
      box(
        {
          height: headerHeight,
          flexShrink: 0,
          alignItems: 'center',
          padding: `0 ${padding}px`,
          backgroundColor: colors.accent,
          color: colors.actionInk,
        },
        [
          box({ flexGrow: 1, alignItems: 'baseline', justifyContent: 'space-between' }, [
            box({ fontSize: 56, fontWeight: 700 }, flyer.siteName),
            box({ fontSize: 30 }, 'オンラインの部屋のご案内'),
          ]),
        ],
      ),
      body.element,
      foot.element,
    ],
  );
}
