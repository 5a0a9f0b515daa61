import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import {
  builtPagesOf,
  keepRenderedPages,
  readBuiltPages,
  takeRenderedPages,
  writtenPageFiles,
} from '../lib/built-pages.ts';
import { shareCardCacheDir, imageCodeEntries } from '../images/cache.ts';
import { drawBeside } from '../images/draw-worker.ts';
import { shareCardsAhead, type CardsAhead } from '../images/share-cards-ahead.ts';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
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
 * The pages are those Astro rendered, kept as the middleware handed them on (../lib/built-pages.ts); once the build
 * is done, every page Astro says it wrote must have been among them.
 */
export function builtPageSteps({
  picturesPlaced,
  picturesDoneBeside,
  pagesReady,
}: {
  picturesPlaced: () => Promise<unknown>;
  /** When the rooms' images' worker is done, for the share cards to be drawn on the second core from then on. */
  picturesDoneBeside: () => Promise<unknown>;
  /** When the output holds only this build's pages (./previous-output.ts). */
  pagesReady: () => Promise<unknown>;
}): AstroIntegration {
  let root = process.cwd();
  let site: string | undefined;
  let pageWords: PageWords | undefined;
  let handedOn: ReadonlySet<string> | undefined;
  let cardsAhead: CardsAhead | undefined;
  /** The image code's fingerprint, found once per build for the cards drawn ahead and after the pages. */
  let imageCode: Promise<string> | undefined;
  return {
    name: 'hiroba:built-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site;
      },
      // The words' worker, started first of all (./early-workers.ts) or else now, loads its modules while Astro
      // bundles and renders the pages (./page-words.ts). The pages are kept as they are rendered, and their share
      // cards drawn from them as the rooms' images leave the second core (../images/share-cards-ahead.ts).
      'astro:build:start': async () => {
        pageWords = startPageWords();
        imageCode = codeFingerprint(root, imageCodeEntries);
        const code = await imageCode;
        cardsAhead = site
          ? shareCardsAhead(
              (order, transfer) => drawBeside({ kind: 'share-cards-ahead', ...order }, transfer),
              { site, code, cacheDir: shareCardCacheDir },
              picturesDoneBeside(),
            )
          : undefined;
        keepRenderedPages(cardsAhead?.hand);
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const addPageWords = pageWords ?? startPageWords();
        pageWords = undefined;
        const drawnAhead = await drawnAheadOf(cardsAhead, logger);
        cardsAhead = undefined;
        const rendered = takeRenderedPages();
        handedOn = rendered.length > 0 ? new Set(rendered.map((page) => page.file)) : undefined;
        await pagesReady();
        const built = handedOn ? builtPagesOf(distDir, rendered) : await readBuiltPages(distDir);
        // The share images read only the pages' heads, which furigana leaves alone, and the cards they lack are drawn
        // in workers meanwhile.
        await Promise.all([
          addPageWords(built, distDir, root, logger),
          makeShareImages(
            built,
            distDir,
            {
              code: await (imageCode ??= codeFingerprint(root, imageCodeEntries)),
              site,
              picturesPlaced,
              drawnAhead,
            },
            logger.fork('hiroba:share-images'),
          ),
        ]);
      },
      'astro:build:done': ({ dir, assets }) => {
        if (handedOn) requireAllHandedOn(handedOn, writtenPageFiles(fileURLToPath(dir), assets));
      },
    },
  };
}

/** How many cards were drawn as the pages were rendered; should drawing them fail, the share step draws them all. */
async function drawnAheadOf(ahead: CardsAhead | undefined, logger: AstroIntegrationLogger): Promise<number> {
  if (!ahead) return 0;
  return ahead.finish().catch((error: unknown) => {
    logger.warn(`共有用の画像をページと並べて描けませんでした（このあと描きます）: ${String(error)}`);
    return 0;
  });
}

/**
 * A page Astro wrote but the steps after the build were not handed would lack its share image, its readings and
 * its place in the search index: the build stops rather than publish it so.
 */
function requireAllHandedOn(handedOn: ReadonlySet<string>, written: readonly string[]): void {
  const missed = written.filter((file) => !handedOn.has(file));
  if (missed.length === 0) return;
  throw new Error(
    `ビルドしたページのうち ${missed.length} 個が、共有用の画像・ふりがな・検索の索引の手順に渡りませんでした` +
      `（${missed.slice(0, 5).join(', ')}${missed.length > 5 ? ' ほか' : ''}）。` +
      'src/middleware.ts がすべてのページを通しているか、src/lib/built-pages.ts の pageFile が Astro の出力先の名前と合っているかを確かめてください。',
  );
}
