import { loadContent } from '../checker/load.ts';
import { contentRoot } from '../checker/location.ts';
import { createCatalog, type Catalog } from '../model/catalog.ts';
import type { ContentSet } from '../model/entry.ts';

/**
 * The catalogue as the checker reads the content, for the room images and the search index: the same content the
 * pages were built from. The check before the build has already stopped it on unreadable content, so failing
 * here means the files changed during the build.
 */
export async function checkedCatalog(root: string, purpose: string): Promise<Catalog> {
  const { content } = await loadContent(contentRoot(root), root);
  if (!content) throw new Error(`内容が読めないため、${purpose}を作れません。npm run check で確かめてください。`);
  return createCatalog(content);
}

/** The content the check before this build passed, and its catalogue once a step after the build asked for it. */
let passed: { contentDir: string; content: ContentSet; catalog?: Catalog } | undefined;

/** Keeps the content the check before the build passed, for the steps after it. */
export function keepCheckedContent(root: string, content: ContentSet): void {
  passed = { contentDir: contentRoot(root), content };
}

/** The content the check before this build passed, when it ran in this process for `root`'s content. */
export function checkedContent(root: string): ContentSet | undefined {
  return passed?.contentDir === contentRoot(root) ? passed.content : undefined;
}

/**
 * The catalogue of the content the check before this build passed, made once for all the steps after the build
 * (national bench set: a load of the content is 0.8 s); read afresh when the check ran elsewhere. The dev server
 * asks checkedCatalog instead: it must see the content as it is at each request.
 */
export async function builtCatalog(root: string, purpose: string): Promise<Catalog> {
  if (passed?.contentDir !== contentRoot(root)) return checkedCatalog(root, purpose);
  passed.catalog ??= createCatalog(passed.content);
  return passed.catalog;
}
