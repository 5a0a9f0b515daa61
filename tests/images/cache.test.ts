import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { placeShareCard, shareCardKey } from '../../src/images/cache.ts';

const text = {
  title: '全身性強皮症',
  description: '同じ病気の人と話せる場所です。',
  siteName: 'ひろば',
  host: 'hiroba.example',
};
const code = 'the image code of this test';
const cacheDir = await mkdtemp(join(tmpdir(), 'hiroba-og-'));
afterAll(() => rm(cacheDir, { recursive: true, force: true }));

let placed = 0;
/** The card as a build places it: drawn or taken from the cache, and read back from the build's file. */
async function cachedShareCard(card: typeof text, cardCode: string, dir: string) {
  const target = join(dir, `placed-${placed++}.png`);
  const { reused } = await placeShareCard(target, card, cardCode, join(dir, 'cache'));
  return { png: await readFile(target), reused };
}

describe('share card images', () => {
  it('are 1200×630 PNGs', async () => {
    const { png } = await cachedShareCard(text, code, cacheDir);
    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([1200, 630]);
  });

  it('are rendered once and read back from the cache while nothing that shapes them changes', async () => {
    const card = { ...text, title: '顕微鏡的多発血管炎' };
    const first = await cachedShareCard(card, code, cacheDir);
    const second = await cachedShareCard({ ...card }, code, cacheDir);
    expect(first.reused).toBe(false);
    expect(second.reused).toBe(true);
    expect(second.png.equals(first.png)).toBe(true);
    expect(await readdir(join(cacheDir, 'cache'))).toContain(`${shareCardKey(card, code)}.png`);
  });

  it('get a new key when what the card says or the code that draws it changes', () => {
    const base = shareCardKey(text, code);
    expect(shareCardKey({ ...text }, code)).toBe(base);
    expect(shareCardKey({ ...text, description: '別の説明です。' }, code)).not.toBe(base);
    expect(shareCardKey({ ...text, mark: 'cancelled' }, code)).not.toBe(base);
    expect(shareCardKey({ ...text, host: 'other.example' }, code)).not.toBe(base);
    expect(shareCardKey(text, 'a template edited')).not.toBe(base);
  });

  it('show the text in ink, not a blank card', async () => {
    const { png } = await cachedShareCard(text, code, cacheDir);
    const image = PNG.sync.read(png);
    let dark = 0;
    for (let i = 0; i < image.data.length; i += 4) if (image.data[i]! < 80 && image.data[i + 1]! < 80) dark += 1;
    // The title alone covers thousands of pixels; a missing font would leave none.
    expect(dark).toBeGreaterThan(5000);
  });
});
