import type { AstroIntegrationLogger } from 'astro';
import { planShareImages, writeShareImages, type DrawCards } from '../images/build-images.ts';
import { fileExists } from '../lib/kept-files.ts';
import { drawShareCardsBeside } from '../images/draw-worker.ts';
import type { BuiltPages } from '../lib/built-pages.ts';

/**
 * Renders every page's share image from the share meta the page itself carries, so the built pages stay the one
 * list of what exists. Images are cached in .cache/og/ between builds.
 */
export async function makeShareImages(
  built: BuiltPages,
  distDir: string,
  {
    code,
    site,
    picturesPlaced,
    drawnAhead,
  }: {
    /** The fingerprint of the image code (../images/cache.ts imageCodeEntries), part of each card's key. */
    code: string;
    site: string | undefined;
    picturesPlaced: () => Promise<unknown>;
    /** Cards drawn into the cache as the pages were rendered (../images/share-cards-ahead.ts): new, not reused. */
    drawnAhead: number;
  },
  logger: AstroIntegrationLogger,
): Promise<void> {
  if (!site) throw new Error('content/site.yaml の url が読めないため、共有用の画像を作れません。');
  const plan = planShareImages(built.pages, distDir, site);
  if (plan.withoutImage.length > 0) {
    logger.warn(`共有用の画像の指定 (og:image) がないページ: ${plan.withoutImage.join(', ')}`);
  }
  // Whether each page's picture is there is known once the pictures are all placed; the cards go ahead meanwhile.
  const checkPictures = async () => {
    await picturesPlaced();
    const missing = await Promise.all(
      plan.pictures.map(async ({ page, file }) => ((await fileExists(file)) ? [] : [page])),
    ).then((pages) => pages.flat());
    if (missing.length > 0) logger.warn(`共有用の画像に指定した画像ファイルがないページ: ${missing.join(', ')}`);
  };
  // Whatever the workers could not draw is drawn here after them (writeShareImages), as without them.
  const drawBeside: DrawCards = (texts, code, cacheDir) =>
    drawShareCardsBeside(texts, code, cacheDir).catch((error: unknown) => {
      logger.warn(`共有用の画像を並べて描けませんでした（このあと順に描きます）: ${String(error)}`);
    });
  const [report] = await Promise.all([writeShareImages(plan.jobs, code, drawBeside), checkPictures()]);
  logger.info(
    `共有用の画像 ${plan.jobs.length} 枚（新しく描いた ${report.rendered + drawnAhead} 枚、` +
      `キャッシュから ${report.reused - drawnAhead} 枚、` +
      `ほかのページと同じ画像 ${report.shared} 枚、サイトの画像（チラシ）を使うページ ${plan.pictures.length}）: ` +
      `${report.milliseconds} ms` +
      (report.pruned > 0 ? `。使われなくなった古い画像 ${report.pruned} 枚をキャッシュから消しました` : ''),
  );
}
