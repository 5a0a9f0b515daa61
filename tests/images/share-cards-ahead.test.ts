import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planShareImages, writeShareImages } from '../../src/images/build-images.ts';
import { drawShareCardsAhead, shareCardsAhead } from '../../src/images/share-cards-ahead.ts';

/**
 * Share cards drawn from the pages' heads while the pages are still being built (src/images/share-cards-ahead.ts).
 * The worker's side runs here in the test's own thread: the channel between the two is the same.
 */
const folder = await mkdtemp(join(tmpdir(), 'hiroba-cards-ahead-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

const site = 'https://hiroba.example/';
const page = (file: string, title: string, image = `og/${file.replace(/\/index\.html$/, '')}.png`) => ({
  file,
  html:
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${title}</title>` +
    `<meta property="og:title" content="${title}"><meta property="og:description" content="集まりのご案内です。">` +
    `<meta property="og:site_name" content="ひろば">` +
    `<meta property="og:image" content="${image.startsWith('https://') ? image : site + image}">` +
    `</head><body><h1>${title}</h1></body></html>`,
});
const bytes = (html: string) => new TextEncoder().encode(html);

/** Draws ahead into `cacheDir`: the build's side and the worker's, with the second core free when `free` settles. */
function drawAhead(cacheDir: string, free: Promise<unknown>) {
  return shareCardsAhead(drawShareCardsAhead, { site, code: 'image code', cacheDir }, free);
}

/** Drawing ahead in a build whose second core is free already, once the build's side has said so. */
async function drawAheadFree(cacheDir: string) {
  const ahead = drawAhead(cacheDir, Promise.resolve());
  // Said as the promise settles: after what is queued now.
  await new Promise((resolve) => setImmediate(resolve));
  return ahead;
}

const cards = async (cacheDir: string) => (await readdir(cacheDir)).filter((name) => name.endsWith('.png'));

describe('share cards drawn as the pages are built', () => {
  it('are drawn into the cache once the second core is free, each card once, and the share step reuses them', async () => {
    const cacheDir = join(folder, 'drawn');
    const pages = [
      page('events/a/index.html', '春の交流会'),
      page('events/b/index.html', '夏の交流会'),
      page('rooms/mpa/index.html', '部屋'),
    ];
    const ahead = await drawAheadFree(cacheDir);
    for (const each of pages) ahead.hand(each.file, bytes(each.html));
    await expect.poll(() => cards(cacheDir)).toHaveLength(3);
    expect(await ahead.finish()).toBe(3);

    const plan = planShareImages(pages, join(folder, 'dist'), site);
    const report = await writeShareImages(plan.jobs, 'image code', async () => {}, cacheDir);
    expect(report).toMatchObject({ rendered: 0, reused: 3 });
    const png = await readFile(plan.jobs[0]?.file ?? '');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('draws nothing before the second core is free, and stops once the pages are finished', async () => {
    const cacheDir = join(folder, 'waiting');
    const ahead = drawAhead(cacheDir, new Promise(() => {}));
    ahead.hand('events/a/index.html', bytes(page('events/a/index.html', '春の交流会').html));
    expect(await ahead.finish()).toBe(0);
    expect(await readdir(cacheDir).catch(() => [])).toEqual([]);
  });

  it('draws no card the cache has, none twice, and none for a page showing a picture or no image of the site', async () => {
    const cacheDir = join(folder, 'kept');
    const first = await drawAheadFree(cacheDir);
    first.hand('events/a/index.html', bytes(page('events/a/index.html', '春の交流会').html));
    await expect.poll(() => cards(cacheDir)).toHaveLength(1);
    expect(await first.finish()).toBe(1);

    const again = await drawAheadFree(cacheDir);
    for (const each of [
      page('events/a/index.html', '春の交流会'),
      page('events/c/index.html', '秋の交流会'),
      page('events/d/index.html', '秋の交流会', 'og/events/c.png'),
      page('rooms/mpa/flyer/index.html', 'チラシ', 'rooms/mpa/flyer.png'),
      page('events/f/index.html', '秋の交流会'),
      page('elsewhere/index.html', 'よそ', 'https://other.example/og/elsewhere.png'),
    ])
      again.hand(each.file, bytes(each.html));
    again.hand('broken.html', bytes('<p>頭のないページ</p>'));
    // The last page handed shows a card of its own: once it is drawn, every page before it has been looked at.
    again.hand('events/e/index.html', bytes(page('events/e/index.html', '冬の交流会').html));
    await expect.poll(() => cards(cacheDir)).toHaveLength(3);
    expect(await again.finish()).toBe(2);
  });
});
