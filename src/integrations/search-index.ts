import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import { buildSearchIndex } from '../search/build-index.ts';
import { checkedCatalog } from './checked-catalog.ts';

/**
 * After `astro build`, indexes the built pages for the site search into dist/search-index/, so the build alone is
 * complete. The pages give their text; the catalogue (read as the check reads it, which passed before the build)
 * gives the words that lead to each page. A page unchanged since the last build is not read again
 * (.cache/search-index/).
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
        const report = await buildSearchIndex(fileURLToPath(dir), await checkedCatalog(projectRoot, '検索の索引'), {
          dir: join(projectRoot, '.cache/search-index'),
          // The code that reads a page: its text, the words found in it.
          code: await codeFingerprint(projectRoot, ['src/search', 'src/lib']),
        });
        logger.info(
          `検索の索引: ${report.pages} ページ（前回と同じで読み直さなかった ${report.reused} ページ、${report.milliseconds} ms）`,
        );
      },
    },
  };
}
