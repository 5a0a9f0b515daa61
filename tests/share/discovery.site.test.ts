import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { isSearchablePage } from '../../src/search/searchable.ts';
import { absolute } from '../../src/model/urls.ts';
import { allPagePaths, fileOf, readPage } from '../pages/built-site.ts';
import { loadSampleContent } from '../support/sample-content.ts';

const { site } = await loadSampleContent();
const pagePaths = await allPagePaths();

async function sitemapUrls(): Promise<string[]> {
  const index = await readFile(fileOf('/sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const urls: string[] = [];
  for (const map of maps) {
    urls.push(...[...(await readFile(fileOf(map), 'utf8')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!));
  }
  return urls.sort();
}

describe('robots.txt', () => {
  it('allows crawling and names the sitemap', async () => {
    const robots = await readFile(fileOf('/robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${absolute(site, '/sitemap-index.xml')}`);
  });
});

describe('the sitemap', () => {
  it('lists every page worth finding by its canonical URL, and no flyer, search or 404 page', async () => {
    const expected = pagePaths
      .filter(isSearchablePage)
      .map((path) => absolute(site, path))
      .sort();
    expect(await sitemapUrls()).toEqual(expected);
  });
});

describe.each(pagePaths.filter(isSearchablePage))('page %s', (path) => {
  it('names its own absolute URL as canonical', async () => {
    const page = await readPage(path);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(absolute(site, path));
  });
});
