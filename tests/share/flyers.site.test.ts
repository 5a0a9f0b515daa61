import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flyerQrCodes, roomFlyer } from '../../src/images/room-flyer.ts';
import { canJoin } from '../../src/model/catalog.ts';
import { paths } from '../../src/model/urls.ts';
import { fileOf, quirkySiteDir, readPage, siteDir } from '../pages/built-site.ts';
import { launchChromium } from '../support/browser.ts';
import { decodeQrColumns, decodeQrPng, decodeQrSvg } from '../support/decode-qr.ts';
import { expectWholeFooter, textPixelsOutside } from '../support/png-text.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { serveStatic, type StaticSite } from '../../tools/browser/static-server.ts';

const { site, catalog, waysInto } = await loadSampleContent();
/** A room that can be joined has a flyer; the others have none (their page offers none). */
const rooms = catalog.rooms.filter(canJoin);
const closedRooms = catalog.rooms.filter((room) => !canJoin(room));
const flyerImagePath = paths.roomFlyerImage;
/** A flyer has a QR code for every way in, each opening that channel's link with the flyer's campaign marks. */
const qrTargets = (room: (typeof rooms)[number]) => waysInto(room, 'flyer').map((way) => way.url);

describe.each(rooms.map((room) => [room.id, room] as const))('the flyer of room %s', (_id, room) => {
  it('is a page with the room name, who it is for, its mottos, its programme and operator, and every way in', async () => {
    const page = await readPage(paths.roomFlyer(room.id));
    const sheet = page.querySelector('.flyer-sheet');
    const programme = catalog.programmeOf(room);
    expect(sheet?.querySelector('h1')?.textContent).toBe(room.data.name);
    expect(sheet?.textContent).toContain(catalog.conditionOf(room).data.name);
    for (const motto of catalog.mottosOf(room)) expect(sheet?.textContent).toContain(motto);
    expect(sheet?.textContent).toContain(programme.data.operator.name);
    expect(sheet?.textContent).toContain(programme.data.name);
    const ways = catalog.channelsOf(room);
    expect(sheet?.querySelectorAll('.flyer-way')).toHaveLength(ways.length);
    expect(sheet?.querySelectorAll('.flyer-steps > li')).toHaveLength(ways.length * 3);
  });

  it('shows a QR code for every way in, each opening that way’s link as marked for a flyer', async () => {
    const page = await readPage(paths.roomFlyer(room.id));
    const images = [...page.querySelectorAll('.flyer-qr img')];
    const shown = await Promise.all(images.map((image) => svgOf(image.getAttribute('src'))));
    expect(shown.map(decodeQrSvg)).toEqual(qrTargets(room));
    // Said to screen readers, and loaded with the page: the sheet is printed whole.
    expect(images.map((image) => image.getAttribute('alt'))).toEqual(
      flyerQrCodes(room, roomFlyer(catalog, room, site)).map((code) => code.label),
    );
    expect(images.every((image) => !image.hasAttribute('loading'))).toBe(true);
  });

  it('prints the room page’s address and the contact, whose lines end inside them only after a separator', async () => {
    const page = await readPage(paths.roomFlyer(room.id));
    const { pageUrl, contact } = roomFlyer(catalog, room, site);
    const lines = [...page.querySelectorAll('.flyer-foot p')];
    for (const address of [pageUrl, contact]) {
      const pieces = (lines.find((each) => each.textContent.includes(address))?.innerHTML ?? '').split(/<wbr[^>]*>/);
      expect(pieces.length, address).toBeGreaterThan(1);
      // What comes before each break ends with a separator: /, -, ., _, @, ?, & or =.
      for (const before of pieces.slice(0, -1)) expect(before).toMatch(/[/\-._@?&=]$/);
    }
  });

  it('offers an A4 PNG of itself to download, whose QR code works too', async () => {
    const page = await readPage(paths.roomFlyer(room.id));
    const link = page.querySelector(`a[href="${flyerImagePath(room.id)}"]`);
    expect(link?.hasAttribute('download')).toBe(true);
    const png = await readFile(fileOf(flyerImagePath(room.id)));
    const image = PNG.sync.read(png);
    expect(image.height / image.width).toBeCloseTo(297 / 210, 2);
    expect(decodeQrColumns(png, qrTargets(room).length)).toEqual(qrTargets(room));
  });

  it('has an A4 PNG with every line inside its margins and its footer whole', async () => {
    const png = await readFile(fileOf(flyerImagePath(room.id)));
    expect(textPixelsOutside(png, flyerMargin, PNG.sync.read(png).width - flyerMargin)).toBe(0);
    expectWholeFooter(png, { unclipped: true });
  });
});

/** The SVG file at a path the page gives. */
function svgOf(path: string | null | undefined, dir = siteDir): Promise<string> {
  if (!path) throw new Error('the flyer page shows a QR code without a file');
  return readFile(fileOf(path, dir), 'utf8');
}

/** The side margins of the flyer PNG (src/images/flyer-image.ts). */
const flyerMargin = 88;
/** Rooms of the quirky content (tests/fixtures/quirky-content/): a 28-katakana name, and a name that is one Latin word. */
const quirkyRooms = ['dagp', 'long-word'];

describe.each(quirkyRooms)('the flyer of the quirky room %s', (id) => {
  it('has an A4 PNG with every line inside its margins, its footer whole and the QR code of its page', async () => {
    const png = await readFile(fileOf(flyerImagePath(id), quirkySiteDir));
    expect(textPixelsOutside(png, flyerMargin, PNG.sync.read(png).width - flyerMargin)).toBe(0);
    expectWholeFooter(png, { unclipped: true });
    // The SVG file the page shows: its label, 「<仮>」 and all, is XML that reads back.
    const page = await readPage(paths.roomFlyer(id), quirkySiteDir);
    const target = decodeQrSvg(await svgOf(page.querySelector('.flyer-qr img')?.getAttribute('src'), quirkySiteDir));
    expect(target).toMatch(/^https:\/\//);
    expect(decodeQrPng(png)).toBe(target);
  });
});

describe('a room that cannot be joined', () => {
  it.each(closedRooms.map((room) => [room.id, room] as const))('%s has no flyer, page or PNG', async (_id, room) => {
    await expect(readPage(paths.roomFlyer(room.id))).rejects.toThrow();
    await expect(readFile(fileOf(flyerImagePath(room.id)))).rejects.toThrow();
  });
});

describe('room pages', () => {
  it.each(rooms.map((room) => [room.id, room] as const))('link the flyer of room %s', async (_id, room) => {
    const page = await readPage(paths.room(room.id));
    expect(page.querySelector(`a[href="${paths.roomFlyer(room.id)}"]`)).not.toBeNull();
  });
});

/** Text of the sheet drawn beyond its left or right edge, as the browser laid it out. */
function textOffTheSheet(sheet: Element): string[] {
  const edge = sheet.getBoundingClientRect();
  const walker = document.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
  const off: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
    if (rects.some((rect) => rect.left < edge.left - 0.5 || rect.right > edge.right + 0.5))
      off.push(node.textContent ?? '');
  }
  return off;
}

describe('printing a flyer in a real browser', () => {
  let server: StaticSite;
  let quirkyServer: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    [server, quirkyServer, browser] = await Promise.all([
      serveStatic(siteDir),
      serveStatic(quirkySiteDir),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await quirkyServer?.close();
  });

  /** Prints the flyer of a room: how many pages, whether the sheet holds everything, and what the printed QR code opens. */
  async function print(origin: string, roomId: string, codes = 1) {
    // A4 at 96 dpi, the size Chromium lays a printed page out at.
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    try {
      await page.goto(`${origin}${paths.roomFlyer(roomId)}`);
      const pdf = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
      const pageCount = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length;
      await page.emulateMedia({ media: 'print' });
      return {
        pageCount,
        fits: await page.$eval('.flyer-sheet', (sheet) => sheet.scrollHeight <= sheet.clientHeight + 1),
        offTheSheet: await page.$eval('.flyer-sheet', textOffTheSheet),
        headerShown: await page.isVisible('.site-header'),
        printedQrs: decodeQrColumns(await page.locator('.flyer-sheet').screenshot(), codes),
      };
    } finally {
      await page.close();
    }
  }

  it.each(rooms.map((room) => [room.id, room] as const))(
    'puts room %s on exactly one A4 sheet, QR code included',
    async (_id, room) => {
      const printed = await print(server.origin, room.id, qrTargets(room).length);
      expect(printed.pageCount).toBe(1);
      expect(printed.fits, 'nothing on the sheet is cut off').toBe(true);
      expect(printed.offTheSheet, 'no text runs off the side of the sheet').toEqual([]);
      expect(printed.headerShown).toBe(false);
      expect(printed.printedQrs).toEqual(qrTargets(room));
    },
  );

  it.each(quirkyRooms)(
    'puts the quirky room %s on one A4 sheet, its long name broken inside rather than run off',
    async (id) => {
      const printed = await print(quirkyServer.origin, id);
      expect(printed.pageCount).toBe(1);
      expect(printed.fits, 'nothing on the sheet is cut off').toBe(true);
      expect(printed.offTheSheet, 'no text runs off the side of the sheet').toEqual([]);
      expect(printed.printedQrs[0]).toMatch(/^https:\/\//);
    },
  );
});
