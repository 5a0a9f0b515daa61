import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../checker/load.ts';
import { contentRoot } from '../checker/location.ts';
import { createCatalog } from '../model/catalog.ts';
import { buildSearchIndex } from '../search/build-index.ts';

/**
 * After `astro build`, indexes the built pages for the site search into dist/search-index/, so the build alone is
 * complete. The pages give their text; the catalogue (read as the check reads it, which passed before the build)
 * gives the words that lead to each page.
 */
export function searchIndex(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'hiroba:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { content } = await loadContent(contentRoot(projectRoot), projectRoot);
        if (!content)
          throw new Error(
            'content/site.yaml が読めないため、検索の索引を作れません。npm run check で確かめてください。',
          );
        const report = await buildSearchIndex(fileURLToPath(dir), createCatalog(content));
        logger.info(`検索の索引: ${report.pages} ページ（${report.milliseconds} ms）`);
      },
    },
  };
}
