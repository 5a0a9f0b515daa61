import { loadContent } from '../checker/load.ts';
import { contentRoot } from '../checker/location.ts';
import { createCatalog, type Catalog } from '../model/catalog.ts';

/**
 * The catalogue as the checker reads the content, for the steps after the build (room images, the search index):
 * the same content the pages were built from. The check before the build has already stopped it on unreadable
 * content, so failing here means the files changed during the build.
 */
export async function checkedCatalog(root: string, purpose: string): Promise<Catalog> {
  const { content } = await loadContent(contentRoot(root), root);
  if (!content) throw new Error(`内容が読めないため、${purpose}を作れません。npm run check で確かめてください。`);
  return createCatalog(content);
}
