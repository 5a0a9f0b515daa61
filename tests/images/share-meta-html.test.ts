import { describe, expect, it } from 'vitest';
import { decodeHtmlAttribute, readShareMeta } from '../../src/images/share-meta-html.ts';

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
    expect(decodeHtmlAttribute('&#60;&#x3E;&#39;&lt;&unknown;')).toBe("<>'<&unknown;");
  });
});
