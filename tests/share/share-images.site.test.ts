import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ogImagePath } from '../../src/images/paths.ts';
import { readShareMeta } from '../../src/images/share-meta-html.ts';
import { flyerImageSize } from '../../src/images/flyer-image.ts';
import { shareCardSize } from '../../src/images/share-card.ts';
import { paths } from '../../src/model/urls.ts';
import { formatJaDateRange } from '../../src/lib/japanese-date.ts';
import { eventState } from '../../src/model/events.ts';
import { eventNoticeKind, noticeLabel } from '../../src/model/labels.ts';
import { palette } from '../../src/model/palette.ts';
import { allPagePaths, fileOf, quirkySiteDir, readPage, siteNow } from '../pages/built-site.ts';
import { inkPixels, pixelsOf, textPixelsOutside } from '../support/png-text.ts';
import { loadSampleContent } from '../support/sample-content.ts';

const siteUrl = 'https://hiroba.example';
const pagePaths = await allPagePaths();
const { site, catalog } = await loadSampleContent();

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

  const flyerOf = catalog.rooms.find((room) => paths.roomFlyer(room.id) === path);
  const expected = flyerOf
    ? { image: paths.roomFlyerImage(flyerOf.id), size: flyerImageSize }
    : { image: ogImagePath(path), size: shareCardSize };
  it(
    flyerOf
      ? 'points to the flyer it prints, so a shared link shows the sheet'
      : 'points to its own 1200×630 PNG, which the build made',
    async () => {
      const page = await readPage(path);
      const image = metaContent(page, 'og:image') ?? '';
      expect(image).toBe(`${siteUrl}${expected.image}`);
      const { width, height } = expected.size;
      expect([metaContent(page, 'og:image:width'), metaContent(page, 'og:image:height')]).toEqual([
        String(width),
        String(height),
      ]);
      const png = PNG.sync.read(await readFile(fileOf(new URL(image).pathname)));
      expect([png.width, png.height]).toEqual([width, height]);
    },
  );
});

describe('share images', () => {
  it('are one per page, never shared between two pages', async () => {
    const images = await Promise.all(pagePaths.map(async (path) => metaContent(await readPage(path), 'og:image')));
    expect(new Set(images).size).toBe(images.length);
  });

  it('of a flyer page say in words that it is the room’s A4 flyer, and no card is drawn for it', async () => {
    const [room] = catalog.rooms;
    if (!room) throw new Error('the sample has no room');
    const page = await readPage(paths.roomFlyer(room.id));
    expect(metaContent(page, 'og:image:alt')).toBe(`「${room.data.name}」の A4 のチラシ｜${site.name}`);
    await expect(readFile(fileOf(ogImagePath(paths.roomFlyer(room.id))))).rejects.toThrow();
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

describe('the share cards of the sample site', () => {
  const metaOf = async (path: string) => readShareMeta(await readFile(fileOf(path), 'utf8'));

  it('say on the home page what the site is, not its name twice', async () => {
    const page = await readPage(paths.home());
    expect(metaContent(page, 'og:image:alt')).toContain(site.tagline);
    expect(metaContent(page, 'og:image:alt')).not.toContain(`${site.name}｜${site.name}`);
  });

  it.each(catalog.events.map((event) => [event.id, event] as const))(
    'of event %s show its date and time, its mark, and say them in the image’s words',
    async (id, event) => {
      const meta = await metaOf(paths.event(id));
      const when = formatJaDateRange(event.data.start, event.data.end);
      const state = eventState(event, siteNow);
      const mark = state.kind === 'accepting' ? undefined : eventNoticeKind[state.kind];
      expect(meta).toMatchObject({ cardTitle: event.data.title, when, mark });
      const alt = metaContent(await readPage(paths.event(id)), 'og:image:alt');
      expect(alt).toContain(when);
      if (mark) expect(alt).toContain(noticeLabel[mark].tag);
    },
  );

  it('mark a cancelled event 中止 in the image itself', async () => {
    const meta = await metaOf(paths.event('sibling-online-2026-12'));
    const png = await readFile(fileOf(new URL(meta?.image ?? '').pathname));
    expect(pixelsOf(png, palette.light.notices.cancelled.edge)).toBeGreaterThan(2_000);
  });

  it.each(catalog.rooms.map((room) => [room.id, room] as const))(
    'of room %s carry its condition and programme, in the room’s colour',
    async (id, room) => {
      const meta = await metaOf(paths.room(id));
      expect(meta?.kicker).toContain(catalog.conditionOf(room).data.name);
      expect(meta?.kicker).toContain(catalog.programmeOf(room).data.name);
      expect(meta?.accent).toBe(room.data.color);
    },
  );

  it('of conditions, roles and their pages carry the programme or the condition', async () => {
    for (const condition of catalog.conditions.filter((c) => catalog.roomsOf(c.id).length > 0))
      expect((await metaOf(paths.condition(condition.id)))?.kicker, condition.id).toBeTruthy();
    for (const role of catalog.roles) expect((await metaOf(paths.role(role.id)))?.kicker, role.id).toBeTruthy();
    for (const pair of catalog.pairs)
      expect((await metaOf(paths.conditionRole(pair.condition.id, pair.role.id)))?.kicker).toContain(
        pair.condition.data.name,
      );
  });
});
