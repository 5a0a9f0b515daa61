import { box, image, phraseBlock, type ImageElement, type Style } from './element.ts';
import type { FlyerContent } from './flyer-content.ts';
import { fontFamily } from './font.ts';
import { largestFittingSize, textWidthEm, wrapPhrases } from './line-fit.ts';
import { phrases } from './phrases.ts';

/** A4 portrait at 150 dpi: sharp enough to print, small enough to send in a chat. */
export const flyerImageSize = { width: 1240, height: 1754 } as const;

const padding = 88;
const textWidth = flyerImageSize.width - padding * 2;
const qrSize = 520;
const joinGap = 40;
const colors = { paper: '#FFFFFF', ink: '#1C1C1C', muted: '#4A4A4A', accent: '#0B4F8A', soft: '#EEF4FA' };
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

function step(number: number, title: string, detail: string, width: number, k: number): Block {
  const badge = { size: 64, gap: 24 };
  const words = column(
    [
      text(title, 36 * k, width - badge.size - badge.gap, { fontWeight: 700 }, 0, 1.4),
      text(detail, 27 * k, width - badge.size - badge.gap, { color: colors.muted }, 6 * k),
    ],
    { flexGrow: 1, flexShrink: 1 },
  );
  const circle = box(
    {
      width: badge.size,
      height: badge.size,
      flexShrink: 0,
      borderRadius: badge.size / 2,
      backgroundColor: colors.accent,
      color: '#FFFFFF',
      fontSize: 36,
      fontWeight: 700,
      alignItems: 'center',
      justifyContent: 'center',
      marginRight: badge.gap,
    },
    String(number),
  );
  return {
    element: box({ alignItems: 'flex-start', marginBottom: 28 * k }, [circle, words.element]),
    height: Math.max(badge.size, words.height) + 28 * k,
  };
}

function joinRow(flyer: FlyerContent, qrDataUrl: string, k: number): Block {
  const qr = Math.round(qrSize * k);
  const width = textWidth - qr - joinGap;
  const howToJoin = column([
    heading(flyer.steps.length ? '参加のしかた' : 'お知らせ', 36 * k, 24 * k),
    ...(flyer.steps.length
      ? flyer.steps.map((entry, index) => step(index + 1, entry.title, entry.detail, width, k))
      : [text(flyer.unavailableNote ?? '', 30 * k, width, { fontWeight: 700 })]),
  ]);
  const caption = text(flyer.qrCaption, 26 * k, qr, { color: colors.muted, justifyContent: 'center' }, 8);
  return {
    element: box({ marginTop: 40 * k, flexGrow: 1, alignItems: 'flex-start' }, [
      box({ flexDirection: 'column', flexGrow: 1, flexShrink: 1, paddingRight: joinGap }, howToJoin.element),
      box({ flexDirection: 'column', alignItems: 'center', flexShrink: 0, width: qr }, [
        image(qrDataUrl, qr, qr),
        caption.element,
      ]),
    ]),
    height: 40 * k + Math.max(howToJoin.height, qr + caption.height),
  };
}

/** Everything between the header and the footer, at scale `k`. */
function middle(flyer: FlyerContent, qrDataUrl: string, k: number): Block {
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
      joinRow(flyer, qrDataUrl, k),
    ],
    // Clipped, never pushing the footer off, if even the smallest scale is not enough.
    { flexGrow: 1, flexShrink: 1, overflow: 'hidden', padding: `${48 * k}px ${padding}px 0` },
    48 * k,
  );
}

function footerBlock(flyer: FlyerContent): Block {
  const lines = [`くわしくは ${flyer.pageUrl}`, `運営: ${flyer.operator}　お問い合わせ: ${flyer.contact}`];
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
function fittingMiddle(flyer: FlyerContent, qrDataUrl: string, room: number): Block {
  for (const k of scales) {
    const layout = middle(flyer, qrDataUrl, k);
    if (layout.height <= room) return layout;
  }
  return middle(flyer, qrDataUrl, smallestScale);
}

/** The flyer as one image; `qrDataUrl` is the room's QR code (an SVG data URL from the site's QR module). */
export function flyerImage(flyer: FlyerContent, qrDataUrl: string): ImageElement {
  const foot = footerBlock(flyer);
  const body = fittingMiddle(flyer, qrDataUrl, flyerImageSize.height - headerHeight - foot.height - safety);
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
          color: '#FFFFFF',
        },
        [
          box({ flexGrow: 1, alignItems: 'baseline', justifyContent: 'space-between' }, [
            box({ fontSize: 56, fontWeight: 700 }, flyer.siteName),
            box({ fontSize: 30 }, 'オンラインコミュニティのご案内'),
          ]),
        ],
      ),
      body.element,
      foot.element,
    ],
  );
}
