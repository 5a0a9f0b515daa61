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

/**
 * A line-broken text block `width` px wide. Each phrase is one piece kept whole, so lines end only between phrases;
 * a phrase wider than the whole block (a long katakana name, a long Latin word) breaks where its lines end instead
 * of running off the image. satori breaks it with the font's real widths, but only inside a box of known width.
 */
export function phraseBlock(pieces: string[], style: Style, width: number): ImageElement {
  return box(
    { flexWrap: 'wrap', width, ...style },
    pieces.map((piece) => ({ type: 'span', props: { style: { overflowWrap: 'anywhere' }, children: piece } })),
  );
}
