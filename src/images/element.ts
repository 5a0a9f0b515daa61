/**
 * The plain-object element tree satori lays out (what JSX would produce, without needing React).
 * Being plain data, a tree also serves as the cache key of the image it becomes.
 */

export type Style = Record<string, string | number>;

export interface ImageElement {
  type: string;
  props: {
    style?: Style;
    children?: ImageChild | ImageChild[];
    src?: string;
    width?: number;
    height?: number;
  };
}

export type ImageChild = ImageElement | string;

export function box(style: Style, children: ImageChild | ImageChild[] = []): ImageElement {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

export function image(src: string, width: number, height: number, style: Style = {}): ImageElement {
  return { type: 'img', props: { src, width, height, style } };
}

/** A line-broken text block: each phrase is one unbreakable piece, so lines end only between phrases. */
export function phraseBlock(pieces: string[], style: Style): ImageElement {
  return box(
    { flexWrap: 'wrap', ...style },
    pieces.map((piece) => ({ type: 'span', props: { style: { whiteSpace: 'pre' }, children: piece } })),
  );
}
