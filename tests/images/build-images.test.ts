import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeShareImages, type ShareImageJob } from '../../src/images/build-images.ts';
import { drawShareCardsBeside } from '../../src/images/draw-worker.ts';

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
    const report = await writeShareImages(jobs, 'image code', drawShareCardsBeside, cacheDir);
    expect(report).toMatchObject({ rendered: 2, reused: 0, shared: 1 });
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.png'))).toHaveLength(2);
    const [a, b, c] = await Promise.all(jobs.map((each) => readFile(each.file)));
    expect(a?.equals(b ?? Buffer.alloc(0))).toBe(true);
    expect(a?.equals(c ?? Buffer.alloc(0))).toBe(false);
  });

  it('draws here, once, a card the drawing beside the build did not keep', async () => {
    const cacheDir = join(folder, 'cache-not-kept');
    const jobs = [job('f'), job('g')];
    const report = await writeShareImages(jobs, 'image code', async () => {}, cacheDir);
    expect(report).toMatchObject({ rendered: 1, reused: 0, shared: 1 });
    const [f, g] = await Promise.all(jobs.map((each) => readFile(each.file)));
    expect(f?.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(f?.equals(g ?? Buffer.alloc(0))).toBe(true);
  });

  it('makes the same bytes again from the cache on the next build', async () => {
    const cacheDir = join(folder, 'cache-again');
    const jobs = [job('d'), job('e', '別の交流会')];
    await writeShareImages(jobs, 'image code', drawShareCardsBeside, cacheDir);
    const first = await Promise.all(jobs.map((each) => readFile(each.file)));
    const again = await writeShareImages(jobs, 'image code', drawShareCardsBeside, cacheDir);
    expect(again).toMatchObject({ rendered: 0, reused: 2, shared: 0 });
    const second = await Promise.all(jobs.map((each) => readFile(each.file)));
    second.forEach((png, index) => expect(png.equals(first[index] ?? Buffer.alloc(0))).toBe(true));
  });
});
