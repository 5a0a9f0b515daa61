import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readBuiltPages } from '../lib/built-pages.ts';
import { startPageWords, type PageWords } from './page-words.ts';
import { makeShareImages } from './share-images.ts';

/**
 * The steps after the build that read the built pages, sharing one reading of the pages: share images (from each
 * page's share meta), and beside them, in a worker, furigana (which rewrites the pages for children), then the
 * search index, which reads the pages as furigana left them and leaves the readings out. They go ahead while the
 * rooms' images are still being placed; `picturesPlaced` says when those are all there, for the share step to look
 * for the pages' pictures.
 * They run once the pages are generated, before Astro removes its prerender bundle (5,775 files for the national
 * bench set): on ext4 without a journal, making a file passes over every inode freed in the last minutes, and the
 * 9,000 files these steps make took three times as long each after that removal. Measured with perf on a cold
 * national build: the threads doing the file system's work used 10.6 CPU-s after the removal, 6.3 s before it.
 */
export function builtPageSteps({
  picturesPlaced,
  pagesReady,
}: {
  picturesPlaced: () => Promise<unknown>;
  /** When the output holds only this build's pages (./previous-output.ts). */
  pagesReady: () => Promise<unknown>;
}): AstroIntegration {
  let root = process.cwd();
  let site: string | undefined;
  let pageWords: PageWords | undefined;
  return {
    name: 'hiroba:built-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site;
      },
      // The words' worker, started first of all (./early-workers.ts) or else now, loads its modules while Astro
      // bundles and renders the pages (./page-words.ts).
      'astro:build:start': () => {
        pageWords = startPageWords();
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const addPageWords = pageWords ?? startPageWords();
        pageWords = undefined;
        await pagesReady();
        const built = await readBuiltPages(distDir);
        // The share images read only the pages' heads, which furigana leaves alone, and the cards they lack are drawn
        // in workers meanwhile.
        await Promise.all([
          addPageWords(built, distDir, root, logger),
          makeShareImages(built, distDir, { root, site, picturesPlaced }, logger.fork('hiroba:share-images')),
        ]);
      },
    },
  };
}
