import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built HTML pages, gathered once for all the steps after the build that read them (share images, furigana, the
 * search index) rather than once by each. A step that changes a page writes it through `rewrite`, so the next step
 * sees what is on disk.
 * They are kept as Astro renders them (keepRenderedPage, from the middleware), not read back from the output: listing
 * the output and reading its 6,300 pages took 1.0–1.4 s of a warm national build's main thread, and the disk holds
 * the same bytes, which Astro writes as the middleware hands them on.
 */

export interface BuiltPage {
  /** Inside the build output, with `/` between folders: rooms/mpa/index.html. */
  readonly file: string;
  readonly html: string;
}

export interface BuiltPages {
  readonly pages: readonly BuiltPage[];
  rewrite(page: BuiltPage, html: string): Promise<void>;
}

/** The pages in the build output, read from disk: for a build whose pages were not kept as they were rendered. */
export async function readBuiltPages(distDir: string): Promise<BuiltPages> {
  // With their types, the entries need no look at each file to tell a folder from a file: half the time for the
  // 33,000 files of the national bench set's output (0.25 s against 0.52 s).
  const files = (await readdir(distDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  // Read all at once: one page at a time would leave the processor waiting on the disk for each.
  const pages = await Promise.all(
    files.map(async (file) => ({ file, html: await readFile(join(distDir, file), 'utf8') })),
  );
  return builtPagesOf(distDir, pages);
}

/** Pages read already (by another thread, which handed them over), rewritten in `distDir`. */
export function builtPagesOf(distDir: string, read: readonly BuiltPage[]): BuiltPages {
  const pages = [...read];
  return {
    pages,
    async rewrite(page, html) {
      const index = pages.findIndex((each) => each.file === page.file);
      await writeFile(join(distDir, page.file), html);
      pages[index] = { file: page.file, html };
    },
  };
}

/**
 * Astro renders the pages in the thread that runs the integrations, from a bundle of its own with its own copy of
 * this module: the bundle's copy hands each page to a function kept on globalThis under a registered symbol, which
 * every copy finds, and the build's copy keeps them.
 */
const renderedPagesKey = Symbol.for('hiroba.rendered-pages');

/** The pages the build rendered so far, by their file in the output, while it keeps them. */
let rendered: Map<string, Uint8Array> | undefined;

/**
 * Starts keeping the pages the build renders (as the build starts); `alsoHand` is handed each one too, as it comes.
 */
export function keepRenderedPages(alsoHand?: (file: string, html: Uint8Array) => void): void {
  const pages = new Map<string, Uint8Array>();
  rendered = pages;
  Reflect.set(globalThis, renderedPagesKey, (file: string, html: Uint8Array) => {
    pages.set(file, html);
    alsoHand?.(file, html);
  });
}

/**
 * Keeps a page as it is rendered, when the build keeps them (the middleware hands each page on); `inside` is its path
 * inside the site (src/model/urls.ts insideSite). Nothing is kept outside a build.
 */
export function keepRenderedPage(inside: string, html: Uint8Array): void {
  const keep: unknown = Reflect.get(globalThis, renderedPagesKey);
  if (typeof keep === 'function') keep(pageFile(inside), html);
}

/** The pages kept as they were rendered, each by its file, in a stable order; none are kept after. */
export function takeRenderedPages(): BuiltPage[] {
  const pages = [...(rendered ?? [])].map(([file, html]) => ({
    file,
    html: Buffer.from(html.buffer, html.byteOffset, html.byteLength).toString('utf8'),
  }));
  rendered = undefined;
  Reflect.deleteProperty(globalThis, renderedPagesKey);
  return pages.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The pages Astro writes as a file of their name, not as a folder's index.html (its STATUS_CODE_PAGES). */
const statusPages = new Set(['404', '500']);

/**
 * The file in the output of the page at `inside`, as Astro names it (build.format 'directory'): rooms/mpa/ →
 * rooms/mpa/index.html, the home page index.html, 404/ → 404.html.
 */
export function pageFile(inside: string): string {
  const path = inside.replace(/^\/+|\/+$/g, '');
  if (statusPages.has(path)) return `${path}.html`;
  return path === '' ? 'index.html' : `${path}/index.html`;
}

/** The HTML pages Astro says it wrote (astro:build:done's `assets`, files by route), by their file in `distDir`. */
export function writtenPageFiles(distDir: string, assets: ReadonlyMap<string, readonly URL[]>): string[] {
  return [...assets.values()]
    .flat()
    .map((url) => relative(distDir, fileURLToPath(url)).split(sep).join('/'))
    .filter((file) => file.endsWith('.html'));
}
