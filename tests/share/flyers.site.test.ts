import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canJoin } from '../../src/model/catalog.ts';
import { flyerImagePath } from '../../src/images/flyer-content.ts';
import { absolute, paths } from '../../src/model/urls.ts';
import { fileOf, readPage, siteDir } from '../pages/built-site.ts';
import { launchChromium } from '../support/browser.ts';
import { decodeQrPng, decodeQrSvg } from '../support/decode-qr.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { serveStatic, type StaticSite } from '../../tools/browser/static-server.ts';

const { site, catalog, joinUrlOf } = await loadSampleContent();
const rooms = catalog.rooms;
/** An open room's flyer opens its join link, as the room page's QR code does; other rooms' flyers open the room page. */
const qrTarget = (room: (typeof rooms)[number]) => (canJoin(room) ? joinUrlOf(room) : absolute(site, paths.room(room.id)));

describe.each(rooms.map((room) => [room.id, room] as const))('the flyer of room %s', (_id, room) => {
  it('is a page with the room name, who it is for, its mottos and the operator', async () => {
    const page = await readPage(paths.roomFlyer(room.id));
    const sheet = page.querySelector('.flyer-sheet');
    expect(sheet?.querySelector('h1')?.textContent).toBe(room.data.name);
    expect(sheet?.textContent).toContain(catalog.conditionOf(room).data.name);
    for (const motto of room.data.mottos) expect(sheet?.textContent).toContain(motto);
    expect(sheet?.textContent).toContain(site.operator.name);
    expect(sheet?.querySelectorAll('.flyer-steps > li')).toHaveLength(canJoin(room) ? 3 : 0);
  });

  it('shows a QR code that opens the same link as the room page', async () => {
    const page = await readPage(paths.roomFlyer(room.id));
    const svg = page.querySelector('.flyer-qr svg')?.outerHTML ?? '';
    expect(decodeQrSvg(svg)).toBe(qrTarget(room));
  });

  it('offers an A4 PNG of itself to download, whose QR code works too', async () => {
    const page = await readPage(paths.roomFlyer(room.id));
    const link = page.querySelector(`a[href="${flyerImagePath(room.id)}"]`);
    expect(link?.hasAttribute('download')).toBe(true);
    const png = await readFile(fileOf(flyerImagePath(room.id)));
    const image = PNG.sync.read(png);
    expect(image.height / image.width).toBeCloseTo(297 / 210, 2);
    expect(decodeQrPng(png)).toBe(qrTarget(room));
  });
});

describe('room pages', () => {
  it.each(rooms.filter(canJoin).map((room) => [room.id, room] as const))('link the flyer of room %s', async (_id, room) => {
    const page = await readPage(paths.room(room.id));
    expect(page.querySelector(`a[href="${paths.roomFlyer(room.id)}"]`)).not.toBeNull();
  });
});

describe('printing a flyer in a real browser', () => {
  let server: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(siteDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(rooms.map((room) => [room.id, room] as const))('puts room %s on exactly one A4 sheet, QR code included', async (_id, room) => {
    // A4 at 96 dpi, the size Chromium lays a printed page out at.
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    try {
      await page.goto(`${server.origin}${paths.roomFlyer(room.id)}`);
      const pdf = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
      const pageCount = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length;
      expect(pageCount).toBe(1);

      await page.emulateMedia({ media: 'print' });
      const fits = await page.$eval('.flyer-sheet', (sheet) => sheet.scrollHeight <= sheet.clientHeight + 1);
      expect(fits, 'nothing on the sheet is cut off').toBe(true);
      expect(await page.isVisible('.site-header')).toBe(false);
      const printed = await page.locator('.flyer-sheet').screenshot();
      expect(decodeQrPng(printed)).toBe(qrTarget(room));
    } finally {
      await page.close();
    }
  });
});
