import { box, image, phraseBlock, type ImageChild, type ImageElement } from './element.ts';
import type { FlyerContent } from './flyer-content.ts';
import { fontFamily } from './font.ts';
import { largestFittingSize, textWidthEm } from './line-fit.ts';
import { phrases } from './phrases.ts';

/** A4 portrait at 150 dpi: sharp enough to print, small enough to send in a chat. */
export const flyerImageSize = { width: 1240, height: 1754 } as const;

const padding = 88;
const textWidth = flyerImageSize.width - padding * 2;
const qrSize = 520;
const colors = { paper: '#FFFFFF', ink: '#1C1C1C', muted: '#4A4A4A', accent: '#0B4F8A', soft: '#EEF4FA' };

// How wide each text may be, from the boxes around it: text blocks need a width to break a phrase too long for it.
const forLabel = { size: 28, gap: 16 };
const forTextWidth = textWidth - textWidthEm('対象') * forLabel.size - forLabel.gap;
const mottoPadding = 36;
const bullet = { size: 28, gap: 12 };
const mottoTextWidth = textWidth - mottoPadding * 2 - textWidthEm('・') * bullet.size - bullet.gap;
const joinGap = 40;
const joinColumnWidth = textWidth - qrSize - joinGap;
const badge = { size: 64, gap: 24 };
const stepTextWidth = joinColumnWidth - badge.size - badge.gap;

function text(content: string, size: number, width: number, style: Record<string, string | number> = {}): ImageElement {
  return phraseBlock(phrases(content), { fontSize: size, lineHeight: 1.55, ...style }, width);
}

function step(number: number, title: string, detail: string): ImageElement {
  return box({ alignItems: 'flex-start', marginBottom: 28 }, [
    box(
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
    ),
    box({ flexDirection: 'column', flexGrow: 1, flexShrink: 1 }, [
      text(title, 36, stepTextWidth, { fontWeight: 700, lineHeight: 1.4 }),
      text(detail, 27, stepTextWidth, { color: colors.muted, marginTop: 6 }),
    ]),
  ]);
}

/** The flyer as one image; `qrDataUrl` is the room's QR code (an SVG data URL from the site's QR module). */
export function flyerImage(flyer: FlyerContent, qrDataUrl: string): ImageElement {
  const namePieces = phrases(flyer.roomName);
  const howToJoin: ImageChild[] = flyer.steps.length
    ? flyer.steps.map((entry, index) => step(index + 1, entry.title, entry.detail))
    : [text(flyer.unavailableNote ?? '', 30, joinColumnWidth, { fontWeight: 700 })];
  return box(
    { width: flyerImageSize.width, height: flyerImageSize.height, flexDirection: 'column', backgroundColor: colors.paper, color: colors.ink, fontFamily },
    [
      box(
        { flexShrink: 0, backgroundColor: colors.accent, color: '#FFFFFF', padding: `32px ${padding}px`, alignItems: 'baseline', justifyContent: 'space-between' },
        [box({ fontSize: 56, fontWeight: 700 }, flyer.siteName), box({ fontSize: 30 }, 'オンラインコミュニティのご案内')],
      ),
      box({ flexDirection: 'column', flexGrow: 1, padding: `48px ${padding}px 0` }, [
        phraseBlock(namePieces, { fontSize: largestFittingSize(namePieces, [80, 72, 64, 56], textWidth, 3), fontWeight: 700, lineHeight: 1.3 }, textWidth),
        text(flyer.summary, 32, textWidth, { marginTop: 24 }),
        box({ marginTop: 20, fontSize: forLabel.size }, [
          box({ fontWeight: 700, marginRight: forLabel.gap, flexShrink: 0 }, '対象'),
          text(`${flyer.condition}｜${flyer.roles}`, forLabel.size, forTextWidth),
        ]),
        ...(flyer.scopeNote ? [text(flyer.scopeNote, 24, textWidth, { color: colors.muted, marginTop: 8 })] : []),
        box({ flexDirection: 'column', marginTop: 32, padding: `28px ${mottoPadding}px`, backgroundColor: colors.soft, borderRadius: 20 }, [
          box({ fontSize: 30, fontWeight: 700, color: colors.accent, marginBottom: 8 }, 'この部屋が大切にしていること'),
          ...flyer.mottos.map((motto) =>
            box({ fontSize: bullet.size, lineHeight: 1.55 }, [
              box({ marginRight: bullet.gap, flexShrink: 0 }, '・'),
              text(motto, bullet.size, mottoTextWidth),
            ]),
          ),
        ]),
        box({ marginTop: 40, flexGrow: 1, alignItems: 'flex-start' }, [
          box({ flexDirection: 'column', flexGrow: 1, flexShrink: 1, paddingRight: joinGap }, [
            box({ fontSize: 36, fontWeight: 700, marginBottom: 24 }, flyer.steps.length ? '参加のしかた' : 'お知らせ'),
            ...howToJoin,
          ]),
          box({ flexDirection: 'column', alignItems: 'center', flexShrink: 0, width: qrSize }, [
            image(qrDataUrl, qrSize, qrSize),
            text(flyer.qrCaption, 26, qrSize, { marginTop: 8, color: colors.muted, justifyContent: 'center' }),
          ]),
        ]),
      ]),
      box({ flexShrink: 0, flexDirection: 'column', padding: `24px ${padding}px 40px`, fontSize: 26, lineHeight: 1.6, color: colors.muted, borderTop: `2px solid ${colors.soft}` }, [
        box({ width: textWidth, overflowWrap: 'anywhere' }, `くわしくは ${flyer.pageUrl}`),
        box({ width: textWidth, overflowWrap: 'anywhere' }, `運営: ${flyer.operator}　お問い合わせ: ${flyer.contact}`),
      ]),
    ],
  );
}
