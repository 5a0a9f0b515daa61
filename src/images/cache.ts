import { resolve } from 'node:path';
import { cacheKey } from '../lib/cache-key.ts';
import { keepMissing, placeKept } from '../lib/kept-files.ts';
import { imageFonts } from './font.ts';
import { renderPicturePng } from './render.ts';
import { shareCardSize, type ShareCardText } from './share-card.ts';
import { shareCard } from './share-card-picture.ts';

/**
 * Share cards are kept in `.cache/og/` under a key of everything that shapes them (../lib/kept-files.ts): what the
 * card says, the code that lays it out and draws it, the fonts, and the versions of the packages and of the
 * runtime that render it (../lib/cache-key.ts). The card's layout is not made to find its key, so a warm build
 * only hashes each card's words.
 */

/** Where share cards are kept between builds. */
export const shareCardCacheDir = resolve('.cache/og');

/** The modules that draw the images, for their cache keys: they and what they import (../lib/code-fingerprint.ts). */
export const imageCodeEntries = ['src/images/room-images.ts', 'src/images/cache.ts'] as const;

export function shareCardKey(text: ShareCardText, code: string): string {
  return cacheKey({ image: 'share-card', text, size: shareCardSize, font: imageFonts().fingerprint, code }, [
    'fontkit',
    '@resvg/resvg-js',
    'budoux',
  ]);
}

/** Draws a share card's PNG file, to be kept. */
export const drawShareCard = (text: ShareCardText) => () => renderPicturePng(shareCard(text));

/** Puts the card at `target`, from the cache or drawn first when the cache does not have it. */
export function placeShareCard(
  target: string,
  text: ShareCardText,
  code: string,
  cacheDir: string = shareCardCacheDir,
): Promise<{ file: string; reused: boolean }> {
  return placeKept(target, shareCardKey(text, code), cacheDir, drawShareCard(text));
}

/** Draws and keeps each of the cards the cache lacks, a few at a time, placing none (./draw-worker.ts). Says how many. */
export function keepShareCards(
  texts: readonly ShareCardText[],
  code: string,
  cacheDir: string = shareCardCacheDir,
): Promise<number> {
  return keepMissing(
    cacheDir,
    texts.map((text) => ({ key: shareCardKey(text, code), extension: 'png', make: drawShareCard(text) })),
  );
}
