import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedPng, imageKey } from '../../src/images/cache.ts';
import { shareCard, shareCardSize } from '../../src/images/share-card.ts';

const text = {
  title: '全身性強皮症',
  description: '同じ病気の人と話せる場所です。',
  siteName: 'ひろば',
  host: 'hiroba.example',
};
const cacheDir = await mkdtemp(join(tmpdir(), 'hiroba-og-'));
afterAll(() => rm(cacheDir, { recursive: true, force: true }));

describe('share card images', () => {
  it('are 1200×630 PNGs', async () => {
    const { png } = await cachedPng(shareCard(text), shareCardSize, cacheDir);
    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([1200, 630]);
  });

  it('are rendered once and read back from the cache while nothing that shapes them changes', async () => {
    const element = shareCard({ ...text, title: '顕微鏡的多発血管炎' });
    const first = await cachedPng(element, shareCardSize, cacheDir);
    const second = await cachedPng(shareCard({ ...text, title: '顕微鏡的多発血管炎' }), shareCardSize, cacheDir);
    expect(first.reused).toBe(false);
    expect(second.reused).toBe(true);
    expect(second.png.equals(first.png)).toBe(true);
    expect(await readdir(cacheDir)).toContain(`${imageKey(element, shareCardSize)}.png`);
  });

  it('get a new key when the text, the template or the size changes', () => {
    const base = imageKey(shareCard(text), shareCardSize);
    expect(imageKey(shareCard({ ...text, description: '別の説明です。' }), shareCardSize)).not.toBe(base);
    const restyled = shareCard(text);
    restyled.props.style = { ...restyled.props.style, backgroundColor: '#000000' };
    expect(imageKey(restyled, shareCardSize)).not.toBe(base);
    expect(imageKey(shareCard(text), { width: 600, height: 315 })).not.toBe(base);
  });

  it('show the text in ink, not a blank card', async () => {
    const { png } = await cachedPng(shareCard(text), shareCardSize, cacheDir);
    const image = PNG.sync.read(png);
    let dark = 0;
    for (let i = 0; i < image.data.length; i += 4) if (image.data[i]! < 80 && image.data[i + 1]! < 80) dark += 1;
    // The title alone covers thousands of pixels; a missing font would leave none.
    expect(dark).toBeGreaterThan(5000);
  });
});
