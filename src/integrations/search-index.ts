import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../search/build-index.ts';

/** After `astro build`, indexes the built pages with Pagefind into dist/pagefind/, so the build alone is complete. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'hiroba:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`検索の索引: ${report.pages} ページ（${report.milliseconds} ms）`);
      },
    },
  };
}
