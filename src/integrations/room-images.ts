import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import { imageCodeEntries } from '../images/cache.ts';
import { roomImageJobs, writeRoomImages } from '../images/room-images.ts';
import { getSite } from '../site/settings.ts';
import { drawBeside } from '../images/draw-worker.ts';
import { builtCatalog, checkedCatalog, checkedContent } from './checked-catalog.ts';

const purpose = 'チラシと QR コードの画像';

const contentTypes = { png: 'image/png', svg: 'image/svg+xml; charset=utf-8' } as const;

/**
 * After the build, writes every room's flyer PNG and QR code downloads (src/images/room-images.ts), from the cache
 * in .cache/room-images/ when nothing that shapes one has changed. What the cache lacks is drawn into it while the
 * pages are built, in a worker on the second core (src/images/draw-worker.ts): they need only the content. The
 * content is read as the checker reads it, the same catalogue the pages were built from. The dev server draws each
 * one when it is asked for, from the content as it is then.
 */
export function roomImages(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let cacheDir = join(root, '.cache/room-images');
  let drawing: Promise<number> | undefined;
  /** The fingerprint of the image code, taken once when the build starts, for the worker and the placing after. */
  let code: Promise<string> | undefined;
  return {
    name: 'hiroba:room-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = join(root, '.cache/room-images');
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
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
      'astro:build:start': async ({ logger }) => {
        const content = checkedContent(root);
        if (!content) return;
        code = codeFingerprint(root, imageCodeEntries);
        // Whatever the worker could not draw is drawn after the build, as without it.
        drawing = drawBeside({ kind: 'room-images', content, code: await code, cacheDir }).catch((error: unknown) => {
          logger.warn(`${purpose}をページと並べて描けませんでした（ビルドのあとに描きます）: ${String(error)}`);
          return 0;
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The images drawn beside the pages are in the cache now: placed from it, they count as drawn by this build.
        const drawnBeside = (await drawing) ?? 0;
        const jobs = roomImageJobs(
          await builtCatalog(root, purpose),
          getSite(),
          await (code ?? codeFingerprint(root, imageCodeEntries)),
        );
        const report = await writeRoomImages(jobs, fileURLToPath(dir), cacheDir);
        logger.info(
          `チラシと QR コードの画像 ${jobs.length} 個（新しく描いた ${report.rendered + drawnBeside} 個、キャッシュから ${report.reused - drawnBeside} 個）: ${report.milliseconds} ms` +
            (report.pruned > 0 ? `。使われなくなった古い画像 ${report.pruned} 個をキャッシュから消しました` : ''),
        );
      },
    },
  };
}
