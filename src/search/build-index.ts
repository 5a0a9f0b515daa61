import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { isSearchablePage } from './searchable.ts';

/** Parts of every page that are the same everywhere or only point elsewhere; indexing them would blur ranking. */
const excludeSelectors = ['.breadcrumbs', '.help-notice', 'nav'];

export interface IndexReport {
  pages: number;
  milliseconds: number;
}

/**
 * Indexes the built site with Pagefind (its extended build, which segments Japanese) and writes dist/pagefind/.
 * Only each page's <main> is indexed: the header and footer repeat on every page.
 */
export async function buildSearchIndex(distDir: string): Promise<IndexReport> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'main', excludeSelectors });
  if (!index) throw new Error(`検索の索引を作れませんでした: ${errors.join(' / ')}`);
  try {
    const files = (await readdir(distDir, { recursive: true }))
      .filter((file) => file.endsWith('.html'))
      .map((file) => file.split(sep).join('/'))
      .filter(isSearchablePage)
      .sort();
    for (const file of files) {
      const added = await index.addHTMLFile({ sourcePath: file, content: await readFile(join(distDir, file), 'utf8') });
      if (added.errors.length > 0)
        throw new Error(`${file} を検索の索引に入れられませんでした: ${added.errors.join(' / ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`検索の索引を書き出せませんでした: ${written.errors.join(' / ')}`);
    return { pages: files.length, milliseconds: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}
