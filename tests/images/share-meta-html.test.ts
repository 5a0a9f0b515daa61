import { describe, expect, it } from 'vitest';
import { readShareMeta } from '../../src/images/share-meta-html.ts';
import { renderPicturePng } from '../../src/images/render.ts';
import { shareCard } from '../../src/images/share-card-picture.ts';
import { inkPixels } from '../support/png-text.ts';

const image = 'https://hiroba.example/og/rooms/x.png';

/** A built page's head as Astro writes it: `&` and `"` escaped in attributes, `<`, `>` and `'` left as they are. */
function page(metaTags: string): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8">${metaTags}</head><body><main>本文</main></body></html>`;
}

describe('reading share meta back from a built page', () => {
  it('finds the title, description, site name and image', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8">
      <meta property="og:site_name" content="ひろば"><meta property="og:title" content="きょうだい &amp; 家族">
      <meta property="og:description" content="&quot;ひとり&quot;じゃない"><meta property="og:image" content="https://hiroba.example/og/roles/sibling.png">
      </head><body><meta property="og:title" content="本文の中は読まない"></body></html>`;
    expect(readShareMeta(html)).toEqual({
      title: 'きょうだい & 家族',
      description: '"ひとり"じゃない',
      siteName: 'ひろば',
      image: 'https://hiroba.example/og/roles/sibling.png',
    });
  });

  it('reports nothing for a page without an og:image', () => {
    expect(readShareMeta('<html><head><title>x</title></head></html>')).toBeUndefined();
  });

  it('decodes named and numeric character references', () => {
    const html = page(
      `<meta property="og:title" content="&#60;&#x3E;&#39;&lt;&unknown;"><meta property="og:image" content="${image}">`,
    );
    expect(readShareMeta(html)?.title).toBe("<>'<&unknown;");
  });

  it.each([
    ['>', '歩く > 走る の順に'],
    ['<', '<注意> 体調が悪い日は休みましょう'],
    ['&', '患者&家族 A&amp;B'],
    ['quotes', `"ひとりじゃない" と 'いっしょに'`],
    ['markup', '<b>太字</b> と <script>alert(1)</script>'],
  ])('keeps a title and summary with %s whole', (_name, text) => {
    const written = text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    const html = page(
      `<meta property="og:title" content="${written}"><meta name="description" content="${written}">` +
        `<meta property="og:description" content="${written}"><meta property="og:image" content="${image}">`,
    );
    expect(readShareMeta(html)).toMatchObject({ title: text, description: text, image });
  });

  it('reads attributes in any order, quoted either way or not at all, in any letter case', () => {
    const html = page(
      `<meta content='歩く > 走る' property='og:title'><META CONTENT="説明 > 要約" PROPERTY="og:description">` +
        `<meta data-x="1" content=ひろば property=og:site_name><meta content="${image}" property="og:image">`,
    );
    expect(readShareMeta(html)).toEqual({
      title: '歩く > 走る',
      description: '説明 > 要約',
      siteName: 'ひろば',
      image,
    });
  });

  it('renders a card with the title in it, not a blank one, when the title holds markup characters', () => {
    const html = page(
      `<meta property="og:site_name" content="ひろば"><meta property="og:title" content="歩く > 走る <部屋> &amp; &quot;集い&quot;">` +
        `<meta property="og:description" content="説明です。"><meta property="og:image" content="${image}">`,
    );
    const meta = readShareMeta(html);
    if (!meta) throw new Error('the page has an og:image');
    const png = renderPicturePng(shareCard({ ...meta, host: 'hiroba.example' }));
    const blank = renderPicturePng(shareCard({ ...meta, title: '', host: 'hiroba.example' }));
    expect(inkPixels(blank)).toBeLessThan(200);
    // A 20-character title at the card's title sizes covers tens of thousands of pixels.
    expect(inkPixels(png)).toBeGreaterThan(10_000);
  });
});
