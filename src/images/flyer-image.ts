import { box, image, phraseBlock, type ImageChild, type ImageElement } from './element.ts';
import type { FlyerContent } from './flyer-content.ts';
import { fontFamily } from './font.ts';
import { largestFittingSize } from './line-fit.ts';
import { phrases } from './phrases.ts';

/** A4 portrait at 150 dpi: sharp enough to print, small enough to send in a chat. */
export const flyerImageSize = { width: 1240, height: 1754 } as const;

const padding = 88;
const textWidth = flyerImageSize.width - padding * 2;
const qrSize = 520;
const colors = { paper: '#FFFFFF', ink: '#1C1C1C', muted: '#4A4A4A', accent: '#0B4F8A', soft: '#EEF4FA' };

function text(content: string, size: number, style: Record<string, string | number> = {}): ImageElement {
  return phraseBlock(phrases(content), { fontSize: size, lineHeight: 1.55, ...style });
}

function step(number: number, title: string, detail: string): ImageElement {
  return box({ alignItems: 'flex-start', marginBottom: 28 }, [
    box(
      {
        width: 64,
        height: 64,
        flexShrink: 0,
        borderRadius: 32,
        backgroundColor: colors.accent,
        color: '#FFFFFF',
        fontSize: 36,
        fontWeight: 700,
        alignItems: 'center',
        justifyContent: 'center',
        marginRight: 24,
      },
      String(number),
    ),
    box({ flexDirection: 'column', flexGrow: 1, flexShrink: 1 }, [
      text(title, 36, { fontWeight: 700, lineHeight: 1.4 }),
      text(detail, 27, { color: colors.muted, marginTop: 6 }),
    ]),
  ]);
}

/** The flyer as one image; `qrDataUrl` is the room's QR code (an SVG data URL from the site's QR module). */
export function flyerImage(flyer: FlyerContent, qrDataUrl: string): ImageElement {
  const namePieces = phrases(flyer.roomName);
  const howToJoin: ImageChild[] = flyer.steps.length
    ? flyer.steps.map((entry, index) => step(index + 1, entry.title, entry.detail))
    : [text(flyer.unavailableNote ?? '', 30, { fontWeight: 700 })];
  return box(
    { width: flyerImageSize.width, height: flyerImageSize.height, flexDirection: 'column', backgroundColor: colors.paper, color: colors.ink, fontFamily },
    [
      box(
        { flexShrink: 0, backgroundColor: colors.accent, color: '#FFFFFF', padding: `32px ${padding}px`, alignItems: 'baseline', justifyContent: 'space-between' },
        [box({ fontSize: 56, fontWeight: 700 }, flyer.siteName), box({ fontSize: 30 }, 'オンラインコミュニティのご案内')],
      ),
      box({ flexDirection: 'column', flexGrow: 1, padding: `48px ${padding}px 0` }, [
        phraseBlock(namePieces, { fontSize: largestFittingSize(namePieces, [80, 72, 64, 56], textWidth, 3), fontWeight: 700, lineHeight: 1.3 }),
        text(flyer.summary, 32, { marginTop: 24 }),
        box({ marginTop: 20, fontSize: 28, flexWrap: 'wrap' }, [
          box({ fontWeight: 700, marginRight: 16 }, '対象'),
          text(`${flyer.condition}｜${flyer.roles}`, 28),
        ]),
        ...(flyer.scopeNote ? [text(flyer.scopeNote, 24, { color: colors.muted, marginTop: 8 })] : []),
        box({ flexDirection: 'column', marginTop: 32, padding: '28px 36px', backgroundColor: colors.soft, borderRadius: 20 }, [
          box({ fontSize: 30, fontWeight: 700, color: colors.accent, marginBottom: 8 }, 'この部屋が大切にしていること'),
          ...flyer.mottos.map((motto) => box({ fontSize: 28, lineHeight: 1.55 }, [box({ marginRight: 12, flexShrink: 0 }, '・'), text(motto, 28)])),
        ]),
        box({ marginTop: 40, flexGrow: 1, alignItems: 'flex-start' }, [
          box({ flexDirection: 'column', flexGrow: 1, flexShrink: 1, paddingRight: 40 }, [
            box({ fontSize: 36, fontWeight: 700, marginBottom: 24 }, flyer.steps.length ? '参加のしかた' : 'お知らせ'),
            ...howToJoin,
          ]),
          box({ flexDirection: 'column', alignItems: 'center', flexShrink: 0, width: qrSize }, [
            image(qrDataUrl, qrSize, qrSize),
            text(flyer.qrCaption, 26, { marginTop: 8, color: colors.muted, justifyContent: 'center' }),
          ]),
        ]),
      ]),
      box({ flexShrink: 0, flexDirection: 'column', padding: `24px ${padding}px 40px`, fontSize: 26, lineHeight: 1.6, color: colors.muted, borderTop: `2px solid ${colors.soft}` }, [
        box({}, `くわしくは ${flyer.pageUrl}`),
        box({}, `運営: ${flyer.operator}　お問い合わせ: ${flyer.contact}`),
      ]),
    ],
  );
}
