import { dirname, join } from 'node:path';
import { canJoin, type Catalog } from '../model/catalog.ts';
import { insideSite, paths } from '../model/urls.ts';
import type { Site } from '../schemas/index.ts';
import { imageFonts } from './font.ts';
import { flyerImageSize } from './flyer-image.ts';
import { qrCodePng, qrCodeSvgDocument } from './qr.ts';
import { cacheKey } from '../lib/cache-key.ts';
import { forEachInParallel } from '../lib/in-parallel.ts';
import { folderMaker, missingKeeper, placeKept, pruneKept } from '../lib/kept-files.ts';
import { flyerPng, flyerQrCodes, roomFlyer } from './room-flyer.ts';
import { roomQrCodes } from './room-qr.ts';

/**
 * The rooms' downloads — each room's flyer as a PNG, each way in's QR code as PNG and SVG — and the QR codes the
 * flyer pages print are files written into the build, like the share images, not rendered in pages: a build then
 * copies the unchanged ones from the cache and draws only what changed. Each is cached under a key of everything that shapes it: what it shows, the
 * code that lays it out and draws it (../lib/code-fingerprint.ts), the fonts and the versions of the packages that
 * render it.
 */

/** One file to write into the build. */
export interface RoomImageJob {
  /** Where it goes inside the build output, e.g. rooms/mpa/flyer.png (the same path under any base). */
  file: string;
  key: string;
  extension: 'png' | 'svg';
  make: () => Promise<Buffer> | Buffer;
}

/** Every room download of the site. `code` is the fingerprint of the image code. */
export function roomImageJobs(catalog: Catalog, site: Site, code: string): RoomImageJob[] {
  const font = imageFonts().fingerprint;
  const qrSvg = (path: string, url: string, label: string): RoomImageJob => ({
    file: insideSite(path),
    key: cacheKey({ image: 'qr-svg', url, label, code }, ['qrcode']),
    extension: 'svg',
    make: () => Buffer.from(qrCodeSvgDocument(url, label)),
  });
  const flyers = catalog.rooms.filter(canJoin).flatMap((room): RoomImageJob[] => {
    const flyer = roomFlyer(catalog, room, site);
    return [
      {
        file: insideSite(paths.roomFlyerImage(room.id)),
        key: cacheKey({ image: 'flyer', flyer, size: flyerImageSize, font, code }, [
          'fontkit',
          '@resvg/resvg-js',
          'budoux',
          'qrcode',
        ]),
        extension: 'png',
        make: () => flyerPng(flyer),
      },
      // After the flyer, which prints the same codes: each code's mask is chosen once (./qr-kept.ts).
      ...flyerQrCodes(room, flyer).map(({ path, url, label }) => qrSvg(path, url, label)),
    ];
  });
  const qrs = roomQrCodes(catalog, site).flatMap(({ room, channel, url, label }): RoomImageJob[] => [
    {
      file: insideSite(paths.roomQr(room.id, channel.kind, 'png')),
      key: cacheKey({ image: 'qr-png', url, code }, ['qrcode']),
      extension: 'png',
      make: () => qrCodePng(url),
    },
    qrSvg(paths.roomQr(room.id, channel.kind, 'svg'), url, label),
  ]);
  return [...flyers, ...qrs];
}

export interface RoomImagesReport {
  rendered: number;
  reused: number;
  /** Renders no longer used, removed from the cache (../lib/kept-files.ts pruneKept). */
  pruned: number;
  milliseconds: number;
}

/**
 * Writes the jobs' files into `distDir`, a few at a time: while one is drawn, the files of others are written, and
 * copies from the cache wait on the disk side by side.
 */
export async function writeRoomImages(
  jobs: readonly RoomImageJob[],
  distDir: string,
  cacheDir: string,
  inFlight = 4,
): Promise<RoomImagesReport> {
  const started = performance.now();
  const report: RoomImagesReport = { rendered: 0, reused: 0, pruned: 0, milliseconds: 0 };
  const used = new Set<string>();
  const folder = folderMaker();
  await forEachInParallel(jobs, inFlight, async (job) => {
    const target = join(distDir, job.file);
    await folder(dirname(target));
    const { file, reused } = await placeKept(target, job.key, cacheDir, job.make, job.extension);
    used.add(file);
    report[reused ? 'reused' : 'rendered'] += 1;
  });
  report.pruned = await pruneKept(cacheDir, used);
  report.milliseconds = Math.round(performance.now() - started);
  return report;
}

/**
 * Makes and keeps the file of every job the cache lacks, placing none: drawn in a worker while the build renders the
 * pages (./draw-worker.ts), so that writeRoomImages after the build only places them. Jobs of the same image (a QR
 * code on a room's page and on its flyer page) share one drawing. Says how many of the jobs' files are new: drawn now.
 */
export async function keepRoomImages(jobs: readonly RoomImageJob[], cacheDir: string): Promise<number> {
  const keep = await missingKeeper(cacheDir);
  const drawn = new Set<string>();
  for (const job of jobs) if (await keep(job)) drawn.add(job.key);
  return jobs.filter((job) => drawn.has(job.key)).length;
}
