import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { builtPages } from './dist-pages.ts';
import type { SearchFirstQuery, WeightSection } from './results.ts';

/**
 * What a visitor downloads per page, compressed: the HTML with the stylesheets it links (inline styles are part
 * of the HTML), and separately the JavaScript it runs: module and classic scripts it loads, the modules those
 * import statically, modulepreloads, and inline scripts. JSON data blocks (e.g. ld+json) are not scripts.
 * Each file is gzipped on its own at level 9, as a server would send it.
 */

export interface PageWeight {
  /** Site path, e.g. /rooms/mpa/ */
  path: string;
  htmlCssGzip: number;
  jsGzip: number;
  /** The page offers the quick exit, whose small script is the only one a page outside search may load. */
  quickExit: boolean;
}

export async function pageWeights(distDir: string): Promise<PageWeight[]> {
  const files = new FileCache();
  const weights: PageWeight[] = [];
  // One page at a time: thousands of pages read at once would run out of file handles.
  for (const { file, path } of await builtPages(distDir)) {
    const html = await readFile(file, 'utf8');
    const refs = pageReferences(html);
    const local = (href: string) => localFile(distDir, path, href) ?? [];
    const css = await Promise.all(refs.stylesheets.flatMap(local).map((name) => files.gzipSize(name)));
    const scripts = await withStaticImports(distDir, refs.scripts.flatMap(local), files);
    const js = await Promise.all(scripts.map((name) => files.gzipSize(name)));
    const inline = refs.inlineScripts.join('\n');
    weights.push({
      path,
      htmlCssGzip: gzipSize(Buffer.from(html)) + sum(css),
      jsGzip: sum(js) + (inline.trim() ? gzipSize(Buffer.from(inline)) : 0),
      quickExit: refs.quickExit,
    });
  }
  return weights;
}

/** Shared assets (the site's stylesheet, a script chunk) are read and compressed once for all pages. */
class FileCache {
  readonly #text = new Map<string, Promise<string>>();
  readonly #gzip = new Map<string, Promise<number>>();

  text(file: string): Promise<string> {
    let text = this.#text.get(file);
    if (!text) this.#text.set(file, (text = readFile(file, 'utf8').catch(() => '')));
    return text;
  }

  gzipSize(file: string): Promise<number> {
    let size = this.#gzip.get(file);
    if (!size) this.#gzip.set(file, (size = readFile(file).then(gzipSize, () => 0)));
    return size;
  }
}

export function gzipSize(data: Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

interface PageReferences {
  stylesheets: string[];
  scripts: string[];
  inlineScripts: string[];
  quickExit: boolean;
}

const scriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The stylesheets and scripts an HTML page asks for. */
export function pageReferences(html: string): PageReferences {
  const refs: PageReferences = { stylesheets: [], scripts: [], inlineScripts: [], quickExit: false };
  let inlineScript: string[] | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
      if (name === 'link' && attributes.href && rel.includes('stylesheet')) refs.stylesheets.push(attributes.href);
      if (name === 'link' && attributes.href && rel.includes('modulepreload')) refs.scripts.push(attributes.href);
      if (name === 'a' && 'data-quick-exit' in attributes) refs.quickExit = true;
      if (name === 'script' && scriptTypes.has((attributes.type ?? '').toLowerCase())) {
        if (attributes.src) refs.scripts.push(attributes.src);
        else inlineScript = [];
      }
    },
    ontext(text) {
      inlineScript?.push(text);
    },
    onclosetag(name) {
      if (name === 'script' && inlineScript) {
        refs.inlineScripts.push(inlineScript.join(''));
        inlineScript = undefined;
      }
    },
  });
  parser.write(html);
  parser.end();
  return refs;
}

/** The built file a same-site URL points at; other origins are not part of the page's own weight. */
function localFile(distDir: string, pagePath: string, href: string): string | undefined {
  const url = new URL(href, `http://site.invalid${pagePath}`);
  if (url.origin !== 'http://site.invalid') return undefined;
  return join(distDir, ...posix.normalize(decodeURIComponent(url.pathname)).split('/'));
}

const staticImport = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;

/** The given script files and every module they import statically, each once. */
async function withStaticImports(distDir: string, files: string[], cache: FileCache): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [...files];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await cache.text(file);
    for (const [, specifier = ''] of source.matchAll(staticImport)) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        queue.push(join(specifier.startsWith('/') ? distDir : dirname(file), specifier));
      }
    }
  }
  return [...seen];
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export interface WeightSummary {
  pages: number;
  median: number;
  max: number;
  maxPath: string;
}

/** Median and maximum of one measure over a set of pages. */
function summarize(pages: PageWeight[], measure: (page: PageWeight) => number): WeightSummary {
  const sorted = pages.toSorted((a, b) => measure(a) - measure(b));
  const heaviest = sorted.at(-1);
  if (!heaviest) return { pages: 0, median: 0, max: 0, maxPath: '' };
  const values = sorted.map(measure);
  const middle = Math.floor(values.length / 2);
  const median =
    values.length % 2 === 1 ? (values[middle] ?? 0) : ((values[middle - 1] ?? 0) + (values[middle] ?? 0)) / 2;
  return { pages: pages.length, median, max: measure(heaviest), maxPath: heaviest.path };
}

/** Pages whose JavaScript is allowed: the search page runs the site search. */
function isSearchPage(path: string): boolean {
  return path.split('/').includes('search');
}

/** How many results the search page shows, and so how many pages' files one query reads at most. */
const shownResults = 10;

/**
 * What the search page fetches for its first query, at most, each file gzipped as a server sends it: its own
 * script (the search itself, counted in the page's JS too), the index of the site's words, the largest share of
 * the other words, and the files of the largest pages it may show. A query for a known word reads no share.
 */
export async function searchFirstQuery(distDir: string, weights: PageWeight[]): Promise<SearchFirstQuery | undefined> {
  const folder = join(distDir, 'search-index');
  const indexFile = await readFile(join(folder, 'index.json')).catch(() => undefined);
  if (indexFile === undefined) return undefined;
  const index = JSON.parse(indexFile.toString('utf8')) as { shards?: string[]; pages?: string };
  const sizes = (names: string[]) => Promise.all(names.map((name) => readFile(join(folder, name)).then(gzipSize)));
  const shards = await sizes(index.shards ?? []);
  const pageFiles = index.pages ? await readdir(join(folder, index.pages)) : [];
  const pages = await sizes(pageFiles.map((name) => join(index.pages ?? '', name)));
  const script = weights.find((page) => isSearchPage(page.path))?.jsGzip ?? 0;
  const figures = {
    script,
    index: gzipSize(indexFile),
    words: Math.max(0, ...shards),
    pages: sum(pages.sort((a, b) => b - a).slice(0, shownResults)),
  };
  return { ...figures, total: sum(Object.values(figures)) };
}

/** The weights of a whole site: medians and maxima outside search, the search page on its own, the heaviest pages. */
export function weightSection(
  weights: PageWeight[],
  htmlCssBudget: number,
  searchFirstQuery?: SearchFirstQuery,
): WeightSection {
  const pages = weights.filter((page) => !isSearchPage(page.path));
  const withoutScripts = pages.filter((page) => !page.quickExit);
  return {
    method:
      'gzip level 9 (node:zlib gzipSync) of each file on its own; HTML+CSS = page HTML + linked stylesheets;' +
      ' JS = scripts, static imports, modulepreloads and inline scripts',
    htmlCss: summarize(pages, (page) => page.htmlCssGzip),
    js: summarize(withoutScripts, (page) => page.jsGzip),
    quickExitJs: summarize(
      pages.filter((page) => page.quickExit),
      (page) => page.jsGzip,
    ),
    search: weights.filter((page) => isSearchPage(page.path)),
    heaviest: pages.toSorted((a, b) => b.htmlCssGzip - a.htmlCssGzip).slice(0, 5),
    overBudget: pages.filter((page) => page.htmlCssGzip > htmlCssBudget).length,
    ...(searchFirstQuery === undefined ? {} : { searchFirstQuery }),
  };
}
