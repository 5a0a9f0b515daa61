import type { FontWeight } from './text.ts';

/**
 * A picture as flat drawing steps in image pixels, painted in order over its background: what share cards and
 * flyers are laid out into (by our own code, which knows every line and box), and what is then turned into pixels.
 * Colours are `#rrggbb`.
 */
export interface Picture {
  width: number;
  height: number;
  background: string;
  steps: DrawStep[];
}

export type DrawStep = BoxStep | TextStep | QrStep;

/** A filled rectangle. `radius` rounds its corners: 0 square, half its height a pill, and a circle when square. */
export interface BoxStep {
  draw: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  colour: string;
}

/** One line of text, its first glyph's left edge at `x`, sitting on `baseline`; never wrapped when drawn. */
export interface TextStep {
  draw: 'text';
  x: number;
  baseline: number;
  size: number;
  weight: FontWeight;
  colour: string;
  text: string;
}

/** The QR code of `url` as a `size`-pixel square, its quiet zone included: dark modules on `light`. */
export interface QrStep {
  draw: 'qr';
  x: number;
  y: number;
  size: number;
  url: string;
  dark: string;
  light: string;
}
