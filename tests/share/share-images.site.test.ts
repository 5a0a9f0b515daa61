import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ogImagePath } from '../../src/images/paths.ts';
import { readShareMeta } from '../../src/images/share-meta-html.ts';
import { shareCardSize } from '../../src/images/share-card.ts';
import { paths } from '../../src/model/urls.ts';
import { allPagePaths, fileOf, quirkySiteDir, readPage } from '../pages/built-site.ts';
import { inkPixels, textPixelsOutside } from '../support/png-text.ts';

const site = 'https://hiroba.example';
const pagePaths = await allPagePaths();

function metaContent(page: Document, key: string): string | null | undefined {
  return page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
}

describe.each(pagePaths)('the share card of %s', (path) => {
  it('has Open Graph and Twitter card tags in Japanese', async () => {
    const page = await readPage(path);
    expect(metaContent(page, 'og:type')).toMatch(/^(website|article)$/);
    expect(metaContent(page, 'og:locale')).toBe('ja_JP');
    expect(metaContent(page, 'og:site_name')).toBe('ひろば');
    expect(metaContent(page, 'og:title')).toBeTruthy();
    expect(metaContent(page, 'og:description')).toBeTruthy();
    expect(metaContent(page, 'twitter:card')).toBe('summary_large_image');
  });

  it('uses the canonical URL as og:url', async () => {
    const page = await readPage(path);
    const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (canonical) expect(metaContent(page, 'og:url')).toBe(canonical);
    else expect(metaContent(page, 'og:url')).toBeUndefined();
  });

  it('points to its own 1200×630 PNG, which the build made', async () => {
    const page = await readPage(path);
    const image = metaContent(page, 'og:image');
    expect(image).toBe(`${site}${ogImagePath(path)}`);
    expect([metaContent(page, 'og:image:width'), metaContent(page, 'og:image:height')]).toEqual(['1200', '630']);
    const png = PNG.sync.read(await readFile(fileOf(new URL(image!).pathname)));
    expect([png.width, png.height]).toEqual([1200, 630]);
  });
});

describe('share images', () => {
  it('are one per page, never shared between two pages', () => {
    const images = pagePaths.map(ogImagePath);
    expect(new Set(images).size).toBe(images.length);
  });
});

describe.each([
  [paths.room('long-word'), 'Pneumonoultramicroscopicsilicovolcanoconiosis <仮>'],
  [paths.room('dagp'), 'ジストロフィンアソシエーテッドグリコプロテインミオパチー 当事者の部屋'],
  [paths.condition('dagp'), 'ジストロフィンアソシエーテッドグリコプロテインミオパチー'],
])('the share card of %s, named with markup characters or a long name (quirky content)', (path, name) => {
  it('carries the whole name, and the build drew it on the card inside the margins', async () => {
    const html = await readFile(fileOf(path, quirkySiteDir), 'utf8');
    const meta = readShareMeta(html);
    expect(meta?.title).toContain(name);
    const png = await readFile(fileOf(new URL(meta?.image ?? '').pathname, quirkySiteDir));
    // The title's ink: a blank card has none.
    expect(inkPixels(png)).toBeGreaterThan(10_000);
    expect(textPixelsOutside(png, 72, shareCardSize.width - 72)).toBe(0);
  });
});
