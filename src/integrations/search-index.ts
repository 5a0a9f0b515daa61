import type { AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import type { BuiltPages } from '../lib/built-pages.ts';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import { buildSearchIndex } from '../search/build-index.ts';
import { builtCatalog } from './checked-catalog.ts';

/**
 * Indexes the built pages for the site search into dist/search-index/, so the build alone is complete. The pages
 * give their text; the catalogue (the content the check before the build passed) gives the words that lead to
 * each page. A page unchanged since the last build is not read again (.cache/search-index/).
 */
export async function indexForSearch(
  built: BuiltPages,
  distDir: string,
  root: string,
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>,
): Promise<void> {
  const report = await buildSearchIndex(distDir, built.pages, await builtCatalog(root, '検索の索引'), {
    dir: join(root, '.cache/search-index'),
    // The code that reads a page: its text, the words found in it.
    code: await codeFingerprint(root, ['src/search/build-index.ts']),
  });
  logger.info(
    `検索の索引: ${report.pages} ページ（前回と同じで読み直さなかった ${report.reused} ページ、${report.milliseconds} ms）`,
  );
}
