import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeShareImages, type ShareImageJob } from '../../src/images/build-images.ts';

const folder = await mkdtemp(join(tmpdir(), 'hiroba-share-images-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

const text = {
  title: '交流会',
  description: '同じ病気の人と話せる集まりです。',
  siteName: 'ひろば',
  host: 'hiroba.example',
};
const job = (page: string, title = text.title): ShareImageJob => ({
  page,
  file: join(folder, 'dist', 'og', `${page}.png`),
  text: { ...text, title },
});

describe('writing the share images of a build', () => {
  it('draws a card once for all the pages that show it, and writes it for each of them', async () => {
    const cacheDir = join(folder, 'cache-shared');
    const jobs = [job('a'), job('b'), job('c', '別の交流会')];
    const report = await writeShareImages(jobs, 'image code', cacheDir);
    expect(report).toMatchObject({ rendered: 2, reused: 0, shared: 1 });
    expect(await readdir(cacheDir)).toHaveLength(2);
    const [a, b, c] = await Promise.all(jobs.map((each) => readFile(each.file)));
    expect(a?.equals(b ?? Buffer.alloc(0))).toBe(true);
    expect(a?.equals(c ?? Buffer.alloc(0))).toBe(false);
  });

  it('makes the same bytes again from the cache on the next build', async () => {
    const cacheDir = join(folder, 'cache-again');
    const jobs = [job('d'), job('e', '別の交流会')];
    await writeShareImages(jobs, 'image code', cacheDir);
    const first = await Promise.all(jobs.map((each) => readFile(each.file)));
    const again = await writeShareImages(jobs, 'image code', cacheDir);
    expect(again).toMatchObject({ rendered: 0, reused: 2, shared: 0 });
    const second = await Promise.all(jobs.map((each) => readFile(each.file)));
    second.forEach((png, index) => expect(png.equals(first[index] ?? Buffer.alloc(0))).toBe(true));
  });
});
