import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { inject } from 'vitest';

/** The sample site built once by tests/setup/build-site.ts. */
export const siteDir = inject('siteDir');
export const siteNow = new Date(inject('siteNow'));
/** The sample plus content written the awkward ways staff write it (tests/fixtures/quirky-content.ts). */
export const quirkySiteDir = inject('quirkySiteDir');
/** The sample published under a base path (`baseSite` in tests/setup/build-site.ts). */
export const baseSiteDir = inject('baseSiteDir');

/** The file a site path is served from: `/rooms/mpa/` → rooms/mpa/index.html. */
export function fileOf(path: string, dir: string = siteDir): string {
  return join(dir, path.endsWith('/') ? `${path}index.html` : path);
}

export async function readPage(path: string, dir: string = siteDir): Promise<Document> {
  return parseHTML(await readFile(fileOf(path, dir), 'utf8')).document;
}

/** Every HTML page of the built site, as site paths (`/`, `/rooms/mpa/`, `/404.html`). */
export async function allPagePaths(dir: string = siteDir): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${relative(dir, join(dir, file)).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/**
 * The text a reader sees, with runs of white space made single; the readings set over kanji on pages for children
 * (`<rt>`, and the brackets `<rp>` shows where ruby is not supported) are left out, as they are not the words.
 */
export function textOf(element: Element | null | undefined): string {
  return (element ? wordsOf(element) : '').replace(/\s+/g, ' ').trim();
}

function wordsOf(node: Node): string {
  if (node.nodeType === textNode) return node.textContent ?? '';
  if (node.nodeName === 'RT' || node.nodeName === 'RP') return '';
  return [...node.childNodes].map(wordsOf).join('');
}

const textNode = 3;
