import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import { imageCodeEntries } from '../images/cache.ts';
import { roomImageJobs, writeRoomImages } from '../images/room-images.ts';
import { getSite } from '../site/settings.ts';
import { drawBeside, type RoomImagesPlaced } from '../images/draw-worker.ts';
import { builtCatalog, checkedCatalog, checkedContent } from './checked-catalog.ts';

const purpose = 'チラシと QR コードの画像';

const contentTypes = { png: 'image/png', svg: 'image/svg+xml; charset=utf-8' } as const;

/**
 * The room-images step; when its files are all in the build output (for the steps that look at them); and when its
 * worker is done with them, leaving the second core to others (it may have failed: they are then placed after).
 */
export type RoomImagesIntegration = AstroIntegration & {
  placed: () => Promise<unknown>;
  doneBeside: () => Promise<unknown>;
};

/**
 * Writes every room's flyer PNG, its QR code downloads and the QR codes its flyer page prints into the build
 * (src/images/room-images.ts), from the cache in .cache/room-images/ when nothing that shapes one has changed. What
 * the cache lacks is drawn into it while Astro builds the pages, in a worker on the second core
 * (src/images/draw-worker.ts): they need only the content. The same worker places them all as soon as it is done and
 * the build output has been emptied, while the main thread is still building the pages; the steps after the build go
 * ahead beside it, so none waits for the worker's last images. The content is read as the checker reads it, the
 * same catalogue the pages were built from. Should the worker fail, they are drawn and placed after the pages, as
 * without it. The dev server draws each one when it is asked for, from the content as it is then.
 */
export function roomImages(): RoomImagesIntegration {
  let root = process.cwd();
  let base = '/';
  let outDir = join(root, 'dist');
  let cacheDir = join(root, '.cache/room-images');
  let building = false;
  /** The worker's drawing and placing, when it could be started. */
  let beside: Promise<RoomImagesPlaced | undefined> | undefined;
  /** Set to 1 once the output holds none of the last build's files but its pages, for the worker to place its own. */
  let outputEmptied = new Int32Array(new SharedArrayBuffer(4));
  let placing: Promise<RoomImagesPlaced> | undefined;
  const place = () =>
    (placing ??= (async () => {
      const placed = await beside;
      if (placed) return placed;
      const jobs = roomImageJobs(
        await builtCatalog(root, purpose),
        getSite(),
        await codeFingerprint(root, imageCodeEntries),
      );
      return { ...(await writeRoomImages(jobs, outDir, cacheDir)), jobs: jobs.length, drawnBeside: 0 };
    })());
  return {
    name: 'hiroba:room-images',
    placed: place,
    doneBeside: async () => beside,
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      // As soon as the settings are final, before Astro syncs the content and writes its types on one core: the
      // worker draws on the other meanwhile (national set, cold: about 1.8 s of it).
      'astro:config:done': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        cacheDir = join(root, '.cache/room-images');
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        placing = undefined;
        beside = undefined;
        outputEmptied = new Int32Array(new SharedArrayBuffer(4));
        const content = checkedContent(root);
        if (!building || !content) return;
        // Whatever the worker could not draw or place is drawn and placed after the pages, as without it.
        beside = (async () => {
          const code = await codeFingerprint(root, imageCodeEntries);
          return drawBeside({ kind: 'room-images', content, code, cacheDir, outDir, outputEmptied });
        })().catch((error: unknown) => {
          logger.warn(`${purpose}をページと並べて描けませんでした（ビルドのあとに描きます）: ${String(error)}`);
          return undefined;
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!path.startsWith(base) || !/^rooms\/.+\.(png|svg)$/.test(path.slice(base.length))) return next();
          void (async () => {
            const jobs = roomImageJobs(await checkedCatalog(root, purpose), getSite(), 'dev');
            const job = jobs.find((each) => each.file === path.slice(base.length));
            if (!job) return next();
            response.setHeader('Content-Type', contentTypes[job.extension]);
            response.end(await job.make());
          })().catch(next);
        });
      },
      // By now the build has taken over the last build's output, leaving only the pages, which Astro writes over
      // (./previous-output.ts); Astro writes only its own files into it from here on.
      'astro:build:setup': () => {
        Atomics.store(outputEmptied, 0, 1);
        Atomics.notify(outputEmptied, 0);
      },
      // Before Astro removes its prerender bundle, as the steps that read the built pages (./built-page-steps.ts).
      'astro:build:generated': async ({ logger }) => {
        const report = await place();
        logger.info(
          `チラシと QR コードの画像 ${report.jobs} 個（新しく描いた ${report.rendered + report.drawnBeside} 個、キャッシュから ${report.reused - report.drawnBeside} 個）: ${report.milliseconds} ms` +
            (report.pruned > 0 ? `。使われなくなった古い画像 ${report.pruned} 個をキャッシュから消しました` : ''),
        );
      },
    },
  };
}
