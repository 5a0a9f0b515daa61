import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { ImageElement } from './element.ts';
import { imageFonts } from './font.ts';
import { renderPng, type ImageSize } from './render.ts';

/**
 * Rendered images are kept in `.cache/og/` under a hash of everything that shapes them: the element tree (template
 * and text together), the size, the font files and the renderer versions. An unchanged image is read back instead
 * of rendered again; any change to any of those gives a new key, so a stale image is never reused.
 */

export const defaultCacheDir = resolve('.cache/og');

function rendererVersions(): string {
  const require = createRequire(import.meta.url);
  return ['satori', '@resvg/resvg-js']
    .map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`)
    .join(' ');
}

let versions: string | undefined;

export function imageKey(element: ImageElement, size: ImageSize): string {
  versions ??= rendererVersions();
  return createHash('sha256')
    .update(JSON.stringify({ element, size, font: imageFonts().fingerprint, versions }))
    .digest('hex');
}

export interface CachedImage {
  png: Buffer;
  /** True when the image came from the cache rather than a fresh render. */
  reused: boolean;
}

export async function cachedPng(element: ImageElement, size: ImageSize, cacheDir: string = defaultCacheDir): Promise<CachedImage> {
  const file = join(cacheDir, `${imageKey(element, size)}.png`);
  const hit = await readFile(file).catch(() => undefined);
  if (hit) return { png: hit, reused: true };
  const png = await renderPng(element, size);
  await mkdir(cacheDir, { recursive: true });
  // Write then rename, so a build running beside this one never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
  return { png, reused: false };
}
