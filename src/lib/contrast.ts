/**
 * Colour contrast as WCAG 2.2 defines it: relative luminance of sRGB colours and the ratio between two of them.
 * Colours are six-digit hex strings, with or without the #: as the palette holds them (#rrggbb) and as content's
 * schemas keep them (RRGGBB).
 */

type Rgb = readonly [number, number, number];

/** What WCAG 2.2 AA asks: 4.5:1 for text, 3:1 for large text and for the parts of controls and graphics. */
export const minimumContrast = { text: 4.5, graphic: 3 } as const;

export function parseHex(color: string): Rgb {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) throw new Error(`not a #RRGGBB colour: ${color}`);
  const [, r = '', g = '', b = ''] = match;
  return [Number.parseInt(r, 16), Number.parseInt(g, 16), Number.parseInt(b, 16)];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

function linear(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

function relativeLuminance(color: string): number {
  const [r, g, b] = parseHex(color);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** From 1 (the same) to 21 (black on white), whichever of the two is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [first, second] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
}

/** `amount` of `color` over `base` (0 is all base, 1 all colour), as paint mixes in sRGB. */
export function mix(color: string, base: string, amount: number): string {
  const [r, g, b] = parseHex(color);
  const [r0, g0, b0] = parseHex(base);
  const between = (from: number, to: number) => from + (to - from) * amount;
  return toHex([between(r0, r), between(g0, g), between(b0, b)]);
}

/**
 * The colour nearest to `color` that reaches `ratio` against `background`: the colour itself when it already does,
 * else the same colour mixed step by step towards black (on a light background) or white (on a dark one), which
 * keeps its hue. Black or white reach any ratio the palette asks of a background, so this always ends.
 */
export function withContrast(color: string, background: string, ratio: number): string {
  if (contrastRatio(color, background) >= ratio) return color;
  const towards = relativeLuminance(background) > 0.18 ? '#000000' : '#ffffff';
  for (let step = 1; step <= 100; step++) {
    const candidate = mix(towards, color, step / 100);
    if (contrastRatio(candidate, background) >= ratio) return candidate;
  }
  return towards;
}
