import { contrastRatio, minimumContrast, withContrast } from '../lib/contrast.ts';

/**
 * The site's colours, light and dark (the visitor's `prefers-color-scheme`), decided here once: the stylesheet's
 * colour tokens are written from it (src/pages/palette.css.ts), the share images and flyers paint with it, a room's
 * accent is adjusted against its backgrounds, and the tests compute every pair's contrast from it.
 */

export type Scheme = 'light' | 'dark';

/**
 * The kinds of notice a page can carry, each meaning one thing: urgent help, an event called off, one that is
 * full, one whose applications have closed, something over (an event that took place, a room that closed), a room
 * still being prepared, and a note on who a room or event is for.
 */
export const noticeKinds = ['help', 'cancelled', 'full', 'closed', 'ended', 'preparing', 'scope'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

/** A notice's three colours: its background, its edge and icon, and the colour of its label. */
interface NoticeColors {
  surface: string;
  edge: string;
  label: string;
}

interface SchemeColors {
  /** The page. */
  paper: string;
  /** Cards, the header and the room's panel. */
  surface: string;
  /** Lines that only separate; nothing depends on seeing them. */
  line: string;
  /** The edge of a form field, which must be seen to be found (WCAG 1.4.11). */
  field: string;
  ink: string;
  muted: string;
  link: string;
  /** A button's face and its words. */
  action: string;
  actionInk: string;
  focus: string;
  /** Under what lies over the page (the open menu); not a pair to read, so only a shade. */
  shadow: string;
  /** The site mark's three colours (a logo, exempt from contrast, but kept visible anyway). */
  mark: readonly [string, string, string];
  notices: Record<NoticeKind, NoticeColors>;
}

export const palette: Record<Scheme, SchemeColors> = {
  light: {
    paper: '#fffdf8',
    surface: '#f6f0e7',
    line: '#ddd3c5',
    field: '#857a6d',
    ink: '#23201c',
    muted: '#5a5249',
    link: '#16588f',
    action: '#1b5a91',
    actionInk: '#ffffff',
    focus: '#c0410c',
    shadow: '#0000002e',
    mark: ['#d0643b', '#1b5a91', '#d99a2b'],
    notices: {
      help: { surface: '#fcecf2', edge: '#b0306a', label: '#8c1f52' },
      cancelled: { surface: '#fdecea', edge: '#b42318', label: '#971c12' },
      full: { surface: '#fff2d9', edge: '#b06a00', label: '#774800' },
      closed: { surface: '#f1eee9', edge: '#7a7168', label: '#4f4943' },
      ended: { surface: '#edf0f3', edge: '#697380', label: '#434d59' },
      preparing: { surface: '#e5f3ee', edge: '#2c8567', label: '#1a6049' },
      scope: { surface: '#e9f0f9', edge: '#3d6dab', label: '#24528c' },
    },
  },
  dark: {
    paper: '#171513',
    surface: '#25221e',
    line: '#463f38',
    field: '#93897d',
    ink: '#f3eee6',
    muted: '#cbc2b6',
    link: '#90c4f2',
    action: '#90c4f2',
    actionInk: '#0f1c29',
    focus: '#ff9d5c',
    shadow: '#00000080',
    mark: ['#ec8a60', '#90c4f2', '#f0bd57'],
    notices: {
      help: { surface: '#3a1a28', edge: '#e07aa8', label: '#f6b3d0' },
      cancelled: { surface: '#3b1a17', edge: '#f0867a', label: '#f9b4ac' },
      full: { surface: '#35280f', edge: '#e2a645', label: '#f4cd86' },
      closed: { surface: '#2c2925', edge: '#a69d93', label: '#dcd4ca' },
      ended: { surface: '#262b30', edge: '#9ba6b2', label: '#d2d9e1' },
      preparing: { surface: '#15302a', edge: '#5cc3a0', label: '#9ae0c8' },
      scope: { surface: '#172739', edge: '#7eaae2', label: '#b0cdf2' },
    },
  },
};

/** A pair of colours the site puts one on the other, and the contrast WCAG 2.2 AA asks of it. */
export interface ColorPair {
  name: string;
  foreground: string;
  background: string;
  minimum: number;
}

/** Every pair of colours the stylesheet sets one on the other, in one scheme. */
export function colorPairs(scheme: Scheme): ColorPair[] {
  const colors = palette[scheme];
  const pairs: ColorPair[] = [];
  const pair = (name: string, foreground: string, background: string, minimum: number) =>
    pairs.push({ name, foreground, background, minimum });
  for (const [where, background] of [
    ['paper', colors.paper],
    ['surface', colors.surface],
  ] as const) {
    pair(`ink on ${where}`, colors.ink, background, minimumContrast.text);
    pair(`muted on ${where}`, colors.muted, background, minimumContrast.text);
    pair(`link on ${where}`, colors.link, background, minimumContrast.text);
    pair(`button on ${where}`, colors.action, background, minimumContrast.graphic);
    pair(`focus ring on ${where}`, colors.focus, background, minimumContrast.graphic);
    pair(`field edge on ${where}`, colors.field, background, minimumContrast.graphic);
  }
  // A button's focus ring is drawn outside it, on the paper or surface around it (outline-offset).
  pair('button words on button', colors.actionInk, colors.action, minimumContrast.text);
  for (const kind of noticeKinds) {
    const notice = colors.notices[kind];
    pair(`${kind} label on its notice`, notice.label, notice.surface, minimumContrast.text);
    pair(`ink on the ${kind} notice`, colors.ink, notice.surface, minimumContrast.text);
    pair(`link on the ${kind} notice`, colors.link, notice.surface, minimumContrast.text);
    pair(`${kind} icon on its notice`, notice.edge, notice.surface, minimumContrast.graphic);
    pair(`${kind} edge on paper`, notice.edge, colors.paper, minimumContrast.graphic);
    pair(`focus ring on the ${kind} notice`, colors.focus, notice.surface, minimumContrast.graphic);
  }
  return pairs;
}

/** A room's colour as each scheme shows it. */
export type RoomAccent = Record<Scheme, string>;

/**
 * A room's colour (content's `color`) as the site draws it: a band and a mark beside the room's name, graphics that
 * must stand out 3:1 from the paper and the surface they sit on (WCAG 1.4.11). A colour that does not is darkened
 * (light scheme) or lightened (dark scheme) in its own hue until it does.
 */
export function roomAccent(color: string): RoomAccent {
  const own = `#${color.replace(/^#/, '').toLowerCase()}`;
  let accent = accents.get(own);
  if (!accent) {
    const against = (scheme: Scheme) => {
      const { paper, surface } = palette[scheme];
      const onPaper = withContrast(own, paper, minimumContrast.graphic);
      return withContrast(onPaper, surface, minimumContrast.graphic);
    };
    accent = { light: against('light'), dark: against('dark') };
    accents.set(own, accent);
  }
  return accent;
}

/** Each colour's accent, worked out once: a list of rooms draws the same few colours on page after page. */
const accents = new Map<string, RoomAccent>();

/** How a room's own colour stands against the light paper and surface, where staff will first see it. */
export function accentContrast(color: string): number {
  const { paper, surface } = palette.light;
  return Math.min(contrastRatio(color, paper), contrastRatio(color, surface));
}
