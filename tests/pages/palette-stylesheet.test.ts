import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { noticeKinds, palette } from '../../src/model/palette.ts';
import { fileOf, readPage } from './built-site.ts';

/**
 * The colours pages show are the palette's, whose every pair the tests compute: the stylesheet of tokens is written
 * from it, every page links it, and the site's own styles use no colour but a token.
 */

const tokens = await readFile(fileOf('/palette.css'), 'utf8');

describe('the colour tokens stylesheet', () => {
  it('holds the light scheme by default and the dark one when the device asks for it', () => {
    const [light = '', dark = ''] = tokens.split('@media (prefers-color-scheme:dark)');
    for (const [scheme, block] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      const colors = palette[scheme];
      expect(block).toContain(`--paper:${colors.paper}`);
      expect(block).toContain(`--ink:${colors.ink}`);
      expect(block).toContain(`--action:${colors.action}`);
      for (const kind of noticeKinds) expect(block).toContain(`--${kind}-surface:${colors.notices[kind].surface}`);
    }
  });

  it('is linked from every page before it is needed', async () => {
    const page = await readPage('/');
    expect(page.querySelector('head link[rel="stylesheet"][href="/palette.css"]')).not.toBeNull();
  });
});

describe('the site’s own styles', () => {
  it('use no colour of their own, only the tokens', async () => {
    const page = await readPage('/');
    const sheets = [...page.querySelectorAll('link[rel="stylesheet"]')]
      .map((link) => link.getAttribute('href') ?? '')
      .filter((href) => href !== '/palette.css');
    expect(sheets.length).toBeGreaterThan(0);
    for (const href of sheets) {
      const css = await readFile(fileOf(href), 'utf8');
      expect(css.match(/#[0-9a-f]{3,8}\b/gi) ?? [], href).toEqual([]);
    }
  });
});
