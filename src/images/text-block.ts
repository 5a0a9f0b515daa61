import type { TextStep } from './canvas/picture.ts';
import { baselineOffset, textWidth } from './canvas/text.ts';
import type { Block } from './block.ts';
import { wrapPhrases, type LineFont } from './line-fit.ts';
import { addressParts, phrases } from '../lib/phrases.ts';

/** How a block of text looks: its font, each line's height as a multiple of its size, its colour, its alignment. */
export interface TextLook extends LineFont {
  lineHeight: number;
  colour: string;
  /** Where each line sits in the block's width; at its start unless centred. */
  align?: 'start' | 'centre';
}

/** Lines already broken, one text step each, laid out from the block's top; a line box is `size × lineHeight`. */
export function textLines(lines: readonly string[], look: TextLook, width: number): Block {
  const { size, weight, lineHeight, colour } = look;
  const lineBox = size * lineHeight;
  const baseline = baselineOffset(size, lineHeight, weight);
  const steps = lines.flatMap((line, index): TextStep[] => {
    // A space where a line starts or ends is not drawn (nor measured: ./line-fit.ts).
    const text = line.trim();
    if (!text) return [];
    const x = look.align === 'centre' ? (width - textWidth(text, size, weight)) / 2 : 0;
    return [{ draw: 'text', x, baseline: index * lineBox + baseline, size, weight, colour, text }];
  });
  return { steps, height: lines.length * lineBox };
}

/** Phrases set in lines `width` px wide, ending only between phrases (../lib/phrases.ts). */
export function phraseLines(pieces: readonly string[], look: TextLook, width: number): Block {
  return textLines(
    wrapPhrases(pieces, look, width).map((line) => line.join('')),
    look,
    width,
  );
}

/** Text set in lines `width` px wide, ending only between its phrases. */
export const textBlock = (text: string, look: TextLook, width: number): Block =>
  phraseLines(phrases(text), look, width);

/**
 * Text with addresses in it (a page's URL, an e-mail) set in lines `width` px wide: the words end between phrases,
 * an address after one of its separators (../lib/phrases.ts addressParts); a part wider than a line ends wherever
 * it must.
 */
export const addressLines = (text: string, look: TextLook, width: number): Block =>
  phraseLines(phrases(text).flatMap(addressParts), look, width);
