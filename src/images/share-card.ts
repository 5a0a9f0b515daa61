import { noticeKinds, type NoticeKind } from '../model/palette.ts';
import { noticeLabel } from '../model/labels.ts';

/**
 * What a share card shows besides the page's title and description, carried from the page to the image step as
 * `hiroba:card-*` meta tags (the built pages stay the one list of what exists): what the page belongs to, an
 * event's date and its mark, a room's colour.
 */
export interface ShareCardFacts {
  /** The card's own title where it differs from the page's: an event's, without the 【中止】 its page title has. */
  cardTitle?: string | undefined;
  /** A line above the title: the condition or programme a page belongs to. */
  kicker?: string | undefined;
  /** An event's date and time, in Japanese. */
  when?: string | undefined;
  /** An event's state or a room's, as the notice kind its page shows: 中止, 満席 … */
  mark?: NoticeKind | undefined;
  /** A room's own colour (content's `color`, with or without the #), for the card's band. */
  accent?: string | undefined;
}

/**
 * A picture the site already has, shown for a page instead of a card of its own: a room's flyer on its printable
 * page, so a shared link shows the sheet it leads to, and the build draws no card for it.
 */
export interface SharePicture {
  /** The picture's path inside the site (with the base), e.g. /rooms/mpa/flyer.png. */
  picture: string;
  width: number;
  height: number;
  /** What the picture shows, in words (og:image:alt). */
  alt: string;
}

/** What a page's link shows when it is shared: its own card with these facts, or a picture the site has. */
export type PageShare = ShareCardFacts | SharePicture;

export const isSharePicture = (share: PageShare): share is SharePicture => 'picture' in share;

/** What a share card shows: the page's own title and description, its facts, and where it comes from. */
export interface ShareCardText extends ShareCardFacts {
  title: string;
  description: string;
  siteName: string;
  /** The site's host name, e.g. hiroba.example, so people see where the link leads before opening it. */
  host: string;
}

const factNames = {
  cardTitle: 'hiroba:card-title',
  kicker: 'hiroba:card-kicker',
  when: 'hiroba:card-when',
  mark: 'hiroba:card-mark',
  accent: 'hiroba:card-accent',
} as const satisfies Record<keyof ShareCardFacts, string>;
const factKeys = ['cardTitle', 'kicker', 'when', 'mark', 'accent'] as const satisfies (keyof ShareCardFacts)[];

/** The meta tags (name, content) that carry a card's facts. */
export function cardFactsMeta(facts: ShareCardFacts): [string, string][] {
  return factKeys.flatMap((key): [string, string][] => {
    const value = facts[key];
    return value ? [[factNames[key], value]] : [];
  });
}

/** A card's facts read back from a page's meta tags; what is not a known mark or colour is left out. */
export function cardFactsFrom(meta: ReadonlyMap<string, string>): ShareCardFacts {
  const mark = meta.get(factNames.mark);
  const accent = meta.get(factNames.accent);
  return {
    cardTitle: meta.get(factNames.cardTitle),
    kicker: meta.get(factNames.kicker),
    when: meta.get(factNames.when),
    mark: noticeKinds.find((kind) => kind === mark),
    accent: accent && /^#?[0-9a-f]{6}$/i.test(accent) ? accent : undefined,
  };
}

/** The card in words, for og:image:alt: what it shows, in the order it shows it. */
export function shareCardAlt(text: Omit<ShareCardText, 'host'>): string {
  const title = text.cardTitle ?? text.title;
  const facts = [text.kicker, text.when, text.mark && noticeLabel[text.mark].tag].filter(Boolean).join('、');
  const said = title === text.siteName ? `${title}：${text.description}` : `「${title}」${facts ? `（${facts}）` : ''}`;
  return `${said}｜${text.siteName}の案内画像`;
}

export const shareCardSize = { width: 1200, height: 630 } as const;
