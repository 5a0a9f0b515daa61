import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { isSearchablePage } from '../../src/search/searchable.ts';
import { baseSite } from '../setup/build-site.ts';
import { allPagePaths, baseSiteDir, readPage } from './built-site.ts';

/**
 * The sample published under a base path (https://hiroba.example/hiroba/, as a GitHub Pages project site is): every
 * address the build writes for the world to follow (canonical and share URLs, share images, event data for search
 * engines, the sitemap, robots.txt, the feed and the calendars) and every link, asset and form inside a page lies
 * below the base and names a file the build made.
 */

const { url: siteUrl, base } = baseSite;
const pagePaths = await allPagePaths(baseSiteDir);

/** The built file an address of the published site is served from, or undefined when it is not the site's. */
function builtFileOf(url: string): string | undefined {
  if (!url.startsWith(siteUrl)) return undefined;
  const inside = decodeURIComponent(new URL(url).pathname.slice(base.length));
  return join(baseSiteDir, inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside);
}

function expectServedBelowBase(urls: string[], where: string): void {
  expect(urls.length, `${where} names no address of the site`).toBeGreaterThan(0);
  for (const url of urls) {
    expect(url.startsWith(siteUrl), `${url} in ${where} is not below ${siteUrl}`).toBe(true);
    expect(existsSync(builtFileOf(url) ?? ''), `${url} in ${where} names no built file`).toBe(true);
  }
}

const text = (path: string) => readFile(join(baseSiteDir, path), 'utf8');
const all = (source: string, pattern: RegExp) => [...source.matchAll(pattern)].map((match) => match[1]!);

describe.each(pagePaths)('the page %s under the base', (path) => {
  it('gives its canonical URL, share URL and share image below the base', async () => {
    const page = await readPage(path, baseSiteDir);
    const urls = [
      page.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      page.querySelector('meta[property="og:url"]')?.getAttribute('content'),
      page.querySelector('meta[property="og:image"]')?.getAttribute('content'),
    ].filter((url): url is string => typeof url === 'string');
    expect(urls.length).toBe(path.startsWith('/404') ? 1 : 3);
    expectServedBelowBase(urls, path);
  });

  it('links, loads and submits only below the base', async () => {
    const page = await readPage(path, baseSiteDir);
    const local = [...page.querySelectorAll('[href], [src], form[action]')]
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action'))
      .filter((value): value is string => typeof value === 'string' && value.startsWith('/'));
    expect(local.length).toBeGreaterThan(5);
    expect(local.filter((value) => !value.startsWith(base))).toEqual([]);
  });
});

describe('event data for search engines under the base', () => {
  it('names each event page and its image below the base', async () => {
    const events = pagePaths.filter((path) => /^\/events\/[^/]+\/$/.test(path) && !/^\/events\/\d{4}\//.test(path));
    expect(events.length).toBeGreaterThan(0);
    for (const path of events) {
      const script = (await readPage(path, baseSiteDir)).querySelector('script[type="application/ld+json"]');
      const data = JSON.parse(script?.textContent ?? '{}') as { url: string; image: string[] };
      expectServedBelowBase([data.url, ...data.image], `${path} JSON-LD`);
    }
  });
});

describe('what crawlers, feed readers and calendars read under the base', () => {
  it('the sitemap index names its sitemaps, and they every searchable page, below the base', async () => {
    const maps = all(await text('sitemap-index.xml'), /<loc>([^<]+)<\/loc>/g);
    expectServedBelowBase(maps, 'sitemap-index.xml');
    const pages: string[] = [];
    for (const map of maps) pages.push(...all(await text(map.slice(siteUrl.length)), /<loc>([^<]+)<\/loc>/g));
    expectServedBelowBase(pages, 'the sitemap');
    expect(pages.sort()).toEqual(
      pagePaths
        .filter(isSearchablePage)
        .map((path) => siteUrl + path.slice(1))
        .sort(),
    );
  });

  it('robots.txt names the sitemap below the base', async () => {
    expectServedBelowBase(all(await text('robots.txt'), /^Sitemap: (\S+)$/gm), 'robots.txt');
  });

  it('the feed links itself, the events page and every event below the base', async () => {
    const feed = await text('events/feed.xml');
    expectServedBelowBase([...all(feed, /<link>([^<]+)<\/link>/g), ...all(feed, /<atom:link href="([^"]+)"/g)], 'feed');
  });

  it('the calendars link every event page below the base', async () => {
    const calendar = new ICAL.Component(ICAL.parse(await text('events.ics')));
    const urls = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('url')));
    expectServedBelowBase(urls, 'events.ics');
  });
});
