import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/checker/load.ts';
import { codeFingerprint } from '../../src/lib/code-fingerprint.ts';
import { imageCodeEntries } from '../../src/images/cache.ts';
import { drawBeside } from '../../src/images/draw-worker.ts';
import { roomImageJobs, writeRoomImages, type RoomImageJob } from '../../src/images/room-images.ts';
import { canJoin, createCatalog } from '../../src/model/catalog.ts';
import type { ContentSet } from '../../src/model/entry.ts';
import { insideSite, paths } from '../../src/model/urls.ts';
import { decodeQrPng, decodeQrSvg } from '../support/decode-qr.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const { content } = await loadContent(join(projectRoot, 'content'), projectRoot);
if (!content) throw new Error('the sample content does not load');
const folder = await mkdtemp(join(tmpdir(), 'hiroba-room-images-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

const code = await codeFingerprint(projectRoot, imageCodeEntries);
const jobsOf = (set: ContentSet, fingerprint = code) => roomImageJobs(createCatalog(set), set.site, fingerprint);
const keys = (jobs: RoomImageJob[]) => new Map(jobs.map((job) => [job.file, job.key]));

const room = content.rooms.find(canJoin);
if (!room) throw new Error('the sample has no open room');
/** The sample with one room renamed: its flyer and its codes' labels change, nothing else. */
const renamed: ContentSet = {
  ...content,
  rooms: content.rooms.map((each) =>
    each.id === room.id ? { ...each, data: { ...each.data, name: `${each.data.name}（新）` } } : each,
  ),
};
const renamedFiles = (jobs: RoomImageJob[]) =>
  jobs
    .filter((job) => job.file === insideSite(paths.roomFlyerImage(room.id)) || /\.svg$/.test(job.file))
    .filter((job) => job.file.startsWith(`rooms/${room.id}/`))
    .map((job) => job.file)
    .sort();

describe('the rooms’ downloads', () => {
  const jobs = jobsOf(content);

  it('are every open room’s flyer PNG, the QR codes its flyer page prints and its QR codes as PNG and SVG, at the paths the pages link to, and nothing of a room that cannot be joined', () => {
    const catalog = createCatalog(content);
    const open = catalog.rooms.filter(canJoin);
    expect(open.length).toBeLessThan(catalog.rooms.length);
    const expected = [
      ...open.map((each) => paths.roomFlyerImage(each.id)),
      ...open.flatMap((each) => catalog.channelsOf(each).map((channel) => paths.roomFlyerQr(each.id, channel.kind))),
      ...catalog.rooms
        .filter(canJoin)
        .flatMap((each) =>
          catalog
            .channelsOf(each)
            .flatMap((channel) => [
              paths.roomQr(each.id, channel.kind, 'png'),
              paths.roomQr(each.id, channel.kind, 'svg'),
            ]),
        ),
    ].map(insideSite);
    expect(jobs.map((job) => job.file).sort()).toEqual(expected.sort());
  });

  it('are keyed by what they show: the same content and code give the same keys', () => {
    expect(keys(jobsOf(content))).toEqual(keys(jobs));
  });

  it('get new keys where what they show changes, and only there', () => {
    const before = keys(jobs);
    const after = keys(jobsOf(renamed));
    const changed = [...after].filter(([file, key]) => before.get(file) !== key).map(([file]) => file);
    // The flyer shows the name, the SVG codes carry it in their label; the PNG codes show only the link.
    expect(changed.sort()).toEqual(renamedFiles(jobs));
  });

  it('all get new keys when the code that draws them changes', () => {
    const before = keys(jobs);
    const after = keys(jobsOf(content, 'another fingerprint'));
    for (const [file, key] of after) expect(key).not.toBe(before.get(file));
  });
});

describe('writing the rooms’ downloads into a build', () => {
  const cacheDir = join(folder, 'cache');
  const dist = (name: string) => join(folder, name);
  const read = (dir: string, jobs: RoomImageJob[]) => Promise.all(jobs.map((job) => readFile(join(dir, job.file))));

  it('draws each file once, then copies the unchanged ones from the cache, the same bytes', async () => {
    const jobs = jobsOf(content);
    const first = await writeRoomImages(jobs, dist('first'), cacheDir);
    expect(first.rendered).toBeGreaterThan(0);
    expect(first.rendered + first.reused).toBe(jobs.length);
    const again = await writeRoomImages(jobs, dist('again'), cacheDir);
    expect(again).toMatchObject({ rendered: 0, reused: jobs.length });
    const [before, after] = await Promise.all([read(dist('first'), jobs), read(dist('again'), jobs)]);
    after.forEach((file, index) => expect(file.equals(before[index] ?? Buffer.alloc(0))).toBe(true));
  });

  it('draws again only what changed', async () => {
    const jobs = jobsOf(renamed);
    const report = await writeRoomImages(jobs, dist('renamed'), cacheDir);
    const changed = renamedFiles(jobs);
    expect(report).toMatchObject({ rendered: changed.length, reused: jobs.length - changed.length });
    const [before, after] = await Promise.all([read(dist('first'), jobs), read(dist('renamed'), jobs)]);
    jobs.forEach((job, index) =>
      expect(after[index]?.equals(before[index] ?? Buffer.alloc(0)), job.file).toBe(!changed.includes(job.file)),
    );
  });

  it('writes codes that read back as the links of the ways in', async () => {
    const catalog = createCatalog(content);
    const [channel] = catalog.channelsOf(room);
    if (!channel) throw new Error(`${room.id} has no way in`);
    const png = await readFile(join(dist('first'), insideSite(paths.roomQr(room.id, channel.kind, 'png'))));
    const svg = await readFile(join(dist('first'), insideSite(paths.roomQr(room.id, channel.kind, 'svg'))), 'utf8');
    expect(decodeQrPng(png)).toMatch(/^https:\/\//);
    expect(decodeQrSvg(svg)).toBe(decodeQrPng(png));
  });
});

describe('the rooms’ downloads drawn beside the build', () => {
  it('are drawn at once and placed only once the build has emptied its output, however long that takes', async () => {
    const outDir = join(folder, 'beside');
    const outputEmptied = new Int32Array(new SharedArrayBuffer(4));
    const cacheDir = join(folder, 'beside-cache');
    const placed = drawBeside({ kind: 'room-images', content, code, cacheDir, outDir, outputEmptied });
    const jobs = jobsOf(content);
    // Once every file is kept, the worker has nothing left to do but wait; a moment more, and it is waiting.
    const kept = new Set(jobs.map((job) => `${job.key}.${job.extension}`));
    const allKept = async () => (await readdir(cacheDir).catch(() => [])).filter((file) => kept.has(file)).length;
    while ((await allKept()) < kept.size) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(stat(outDir)).rejects.toThrow();
    Atomics.store(outputEmptied, 0, 1);
    Atomics.notify(outputEmptied, 0);
    const report = await placed;
    expect(report).toMatchObject({ jobs: jobs.length, drawnBeside: jobs.length, reused: jobs.length });
    await Promise.all(jobs.map((job) => stat(join(outDir, job.file))));
  }, 30_000);
});
