import { box, phraseBlock, type ImageElement } from './element.ts';
import { fontFamily } from './font.ts';
import { clampPhrases, largestFittingSize, wrapPhrases } from './line-fit.ts';
import { phrases } from './phrases.ts';

/** What a share card shows: the page's own title and description, and where it comes from. */
export interface ShareCardText {
  title: string;
  description: string;
  siteName: string;
  /** The site's host name, e.g. hiroba.example, so people see where the link leads before opening it. */
  host: string;
}

export const shareCardSize = { width: 1200, height: 630 } as const;

const padding = 72;
const textWidth = shareCardSize.width - padding * 2;
const titleSizes = [88, 76, 64, 56, 48];
const descriptionSize = 34;
// The site's own colours (src/styles/global.css), so a shared card looks like the page it opens.
const colors = { paper: '#FFFFFF', ink: '#1C1C1C', muted: '#4A4A4A', accent: '#0B4F8A', band: '#EEF4FA' };

export function shareCard(text: ShareCardText): ImageElement {
  const titlePieces = phrases(text.title);
  const titleSize = largestFittingSize(titlePieces, titleSizes, textWidth, 3);
  const titleLines = wrapPhrases(titlePieces, titleSize, textWidth).length;
  const descriptionPieces = clampPhrases(
    phrases(text.description),
    descriptionSize,
    textWidth,
    titleLines >= 3 ? 2 : 3,
  );
  return box(
    {
      width: shareCardSize.width,
      height: shareCardSize.height,
      flexDirection: 'column',
      backgroundColor: colors.paper,
      fontFamily,
      color: colors.ink,
    },
    [
      box({ height: 20, flexShrink: 0, backgroundColor: colors.accent }),
      box({ flexDirection: 'column', flexGrow: 1, padding: `0 ${padding}px`, justifyContent: 'center' }, [
        phraseBlock(titlePieces, { fontSize: titleSize, fontWeight: 700, lineHeight: 1.3 }, textWidth),
        phraseBlock(
          descriptionPieces,
          { marginTop: 28, fontSize: descriptionSize, lineHeight: 1.6, color: colors.muted },
          textWidth,
        ),
      ]),
      box(
        {
          flexShrink: 0,
          alignItems: 'center',
          justifyContent: 'space-between',
          padding: `24px ${padding}px`,
          backgroundColor: colors.band,
          fontSize: 32,
        },
        [
          box({ fontWeight: 700, color: colors.accent, fontSize: 44 }, text.siteName),
          box({ color: colors.muted }, text.host),
        ],
      ),
    ],
  );
}
