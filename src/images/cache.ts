import { resolve } from 'node:path';
import { cacheKey } from '../lib/cache-key.ts';
import { cachedRender, cachedRenderFile, type CachedFile, type CachedRender } from './render-cache.ts';
import type { ImageElement } from './element.ts';
import { imageFonts } from './font.ts';
import { renderPng, type ImageSize } from './render.ts';

/**
 * Rendered images are kept in `.cache/og/` under a hash of everything that shapes them: the element tree (template
 * and text together), the size, the font files and the renderer versions (./render-cache.ts).
 */

const defaultCacheDir = resolve('.cache/og');

const renderers = ['satori', '@resvg/resvg-js'];

export function imageKey(element: ImageElement, size: ImageSize): string {
  return cacheKey({ element, size, font: imageFonts().fingerprint }, renderers);
}

export function cachedPng(
  element: ImageElement,
  size: ImageSize,
  cacheDir: string = defaultCacheDir,
): Promise<CachedRender> {
  return cachedRender(imageKey(element, size), cacheDir, () => renderPng(element, size));
}

/** The cached PNG file of the element, rendered first when it is not in the cache: for copying into the build. */
export function cachedPngFile(
  element: ImageElement,
  size: ImageSize,
  cacheDir: string = defaultCacheDir,
): Promise<CachedFile> {
  return cachedRenderFile(imageKey(element, size), cacheDir, () => renderPng(element, size));
}
