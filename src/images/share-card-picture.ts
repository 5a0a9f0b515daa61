import type { DrawStep, Picture } from './canvas/picture.ts';
import { baselineOffset, textWidth } from './canvas/text.ts';
import { column, emptyBlock, moved, row, type Block } from './block.ts';
import { clampPhrases, largestFittingSize, wrapPhrases } from './line-fit.ts';
import { shareCardSize, type ShareCardText } from './share-card.ts';
import { phraseLines, textLines, type TextLook } from './text-block.ts';
import { phrases } from '../lib/phrases.ts';
import { noticeLabel } from '../model/labels.ts';
import { palette, roomAccent, type NoticeKind } from '../model/palette.ts';

const { width, height } = shareCardSize;
const padding = 72;
const lineWidth = width - padding * 2;
const bandHeight = 24;
const colors = palette.light;
const title = { sizes: [84, 72, 64, 56, 48], weight: 700, lineHeight: 1.3, colour: colors.ink } as const;
const kicker: TextLook = { size: 30, weight: 700, lineHeight: 1.45, colour: colors.muted };
const when: TextLook = { size: 44, weight: 700, lineHeight: 1.3, colour: colors.ink };
const description: TextLook = { size: 32, weight: 400, lineHeight: 1.6, colour: colors.muted };
const footer = { paddingY: 22, site: { size: 44, weight: 700 }, host: { size: 30, weight: 400 } } as const;
const badge = { size: 52, lineHeight: 1.3, paddingX: 28, paddingY: 4, border: 6, radius: 16, marginLeft: 28 } as const;

/** The mark of an event or room, big and in words: 中止 in the cancelled notice's colours, in a bordered box. */
function markBadge(mark: NoticeKind): { block: Block; width: number } {
  const notice = colors.notices[mark];
  const tag = noticeLabel[mark].tag;
  const inner = {
    width: textWidth(tag, badge.size, 700) + badge.paddingX * 2,
    height: badge.size * badge.lineHeight + badge.paddingY * 2,
  };
  const [outerWidth, outerHeight] = [inner.width + badge.border * 2, inner.height + badge.border * 2];
  const label = textLines(
    [tag],
    { size: badge.size, weight: 700, lineHeight: badge.lineHeight, colour: notice.label, align: 'centre' },
    inner.width,
  );
  const steps: DrawStep[] = [
    { draw: 'box', x: 0, y: 0, width: outerWidth, height: outerHeight, radius: badge.radius, colour: notice.edge },
    {
      draw: 'box',
      x: badge.border,
      y: badge.border,
      ...inner,
      radius: badge.radius - badge.border,
      colour: notice.surface,
    },
    ...moved(label.steps, badge.border, badge.border + badge.paddingY),
  ];
  return { block: { steps, height: outerHeight }, width: outerWidth };
}

/** The event's date and its mark on one row, centred on each other; the mark at the row's right end. */
function whenRow(text: ShareCardText): Block {
  const mark = text.mark ? markBadge(text.mark) : undefined;
  const dateWidth = lineWidth - (mark ? mark.width + badge.marginLeft : 0);
  const date = text.when ? phraseLines(phrases(text.when), when, dateWidth) : emptyBlock;
  const rowHeight = Math.max(date.height, mark?.block.height ?? 0);
  return row([
    { block: date, left: 0, top: (rowHeight - date.height) / 2 },
    ...(mark ? [{ block: mark.block, left: lineWidth - mark.width, top: (rowHeight - mark.block.height) / 2 }] : []),
  ]);
}

/** The card's words, as many lines of each as fit: the title at the largest size that keeps it to three lines. */
function words(text: ShareCardText): Block {
  const titlePieces = phrases(text.cardTitle ?? text.title);
  const titleSize = largestFittingSize(titlePieces, title, lineWidth, 3);
  const titleLook = { ...title, size: titleSize };
  const titleLines = wrapPhrases(titlePieces, titleLook, lineWidth).length;
  const kickerPieces = text.kicker ? clampPhrases(phrases(text.kicker), kicker, lineWidth, 2) : [];
  const kickerLines = wrapPhrases(kickerPieces, kicker, lineWidth).length;
  const roomForDescription = 4 - titleLines - (text.when ? 1 : 0) - kickerLines;
  const descriptionPieces = clampPhrases(
    phrases(text.description),
    description,
    lineWidth,
    Math.max(1, Math.min(3, roomForDescription)),
  );
  return column([
    ...(kickerLines > 0 ? [phraseLines(kickerPieces, kicker, lineWidth)] : []),
    { block: phraseLines(titlePieces, titleLook, lineWidth), marginTop: kickerLines > 0 ? 12 : 0 },
    ...(text.when || text.mark ? [{ block: whenRow(text), marginTop: 24 }] : []),
    { block: phraseLines(descriptionPieces, description, lineWidth), marginTop: 24 },
  ]);
}

/** The site's name and the host the link leads to, on a pale strip along the bottom. */
function footerSteps(text: ShareCardText): { steps: DrawStep[]; top: number } {
  const lineBox = Math.max(footer.site.size, footer.host.size);
  const top = height - lineBox - footer.paddingY * 2;
  // Each text's line box (the font's own height) centred on the strip's.
  const baseline = (font: { size: number; weight: 400 | 700 }) =>
    top + footer.paddingY + (lineBox - font.size) / 2 + baselineOffset(font.size, 1, font.weight);
  const hostX = width - padding - textWidth(text.host, footer.host.size, footer.host.weight);
  return {
    top,
    steps: [
      { draw: 'box', x: 0, y: top, width, height: height - top, radius: 0, colour: colors.surface },
      {
        draw: 'text',
        x: padding,
        baseline: baseline(footer.site),
        ...footer.site,
        colour: colors.action,
        text: text.siteName,
      },
      {
        draw: 'text',
        x: hostX,
        baseline: baseline(footer.host),
        ...footer.host,
        colour: colors.muted,
        text: text.host,
      },
    ],
  };
}

/** The share card of a page: its room's colour (or the site's) along the top, its words centred between band and footer. */
export function shareCard(text: ShareCardText): Picture {
  const band = text.accent ? roomAccent(text.accent).light : colors.action;
  const foot = footerSteps(text);
  const middle = words(text);
  const top = bandHeight + (foot.top - bandHeight - middle.height) / 2;
  return {
    width,
    height,
    background: colors.paper,
    steps: [
      { draw: 'box', x: 0, y: 0, width, height: bandHeight, radius: 0, colour: band },
      ...moved(middle.steps, padding, top),
      ...foot.steps,
    ],
  };
}
