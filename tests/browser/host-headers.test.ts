import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/model/urls.ts';
import { serveStatic, type StaticSite } from '../../tools/browser/static-server.ts';
import { allPagePaths, readPage, siteDir } from '../pages/built-site.ts';
import { launchChromium } from '../support/browser.ts';

/**
 * public/_headers, which Netlify and Cloudflare Pages read: the same Content-Security-Policy as the pages' meta
 * tags plus what only a header can say, the other protective headers, long caching for Astro's hashed files only,
 * and, served the way those hosts serve it, a site that still works (search included) under both policies at once.
 */

/** The file's rules: a path pattern on its own line, its headers indented below it as `Name: value`. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const header = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (!current || !header) throw new Error(`public/_headers: cannot read the line "${line}"`);
    current.set(header[1]!, header[2]!.trim());
  }
  return rules;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const source = await readFile('public/_headers', 'utf8');
const rules = parseHeadersFile(source);
const everyPath = rules.get('/*') ?? new Map<string, string>();
const headerPolicy = directives(everyPath.get('Content-Security-Policy') ?? '');

async function metaPolicy(path: string): Promise<Map<string, string[]>> {
  const meta = (await readPage(path)).querySelector('meta[http-equiv="Content-Security-Policy"]');
  return directives(meta?.getAttribute('content') ?? '');
}

describe('public/_headers', () => {
  it('is copied into the build as it is', async () => {
    expect(await readFile(join(siteDir, '_headers'), 'utf8')).toBe(source);
  });

  it('sends the search page’s meta policy, directive for directive, plus frame-ancestors none', async () => {
    const expected = new Map(await metaPolicy(paths.search()));
    expected.set('frame-ancestors', ["'none'"]);
    expect(headerPolicy).toEqual(expected);
  });

  it('allows no page more than its own meta tag does: the two differ only where a page allows less script', async () => {
    for (const path of await allPagePaths()) {
      const page = await metaPolicy(path);
      for (const [name, sources] of headerPolicy) {
        if (name === 'frame-ancestors') continue;
        const own = page.get(name);
        expect(own, `${name} on ${path}`).toBeDefined();
        if (name === 'script-src') {
          const allowed = own?.join(' ') === "'none'" ? [] : (own ?? []);
          expect(sources, `${name} on ${path}`).toEqual(expect.arrayContaining(allowed));
          continue;
        }
        expect(own, `${name} on ${path}`).toEqual(sources);
      }
      expect(
        [...page.keys()].filter((name) => !headerPolicy.has(name)),
        path,
      ).toEqual([]);
    }
  });

  it('sends what a meta tag cannot: no framing, no sniffing, no referrer, no powerful features', () => {
    expect(everyPath.get('X-Content-Type-Options')).toBe('nosniff');
    expect(everyPath.get('Referrer-Policy')).toBe('no-referrer');
    const features = (everyPath.get('Permissions-Policy') ?? '').split(/,\s*/);
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(features).toContain(`${feature}=()`);
  });

  it('caches only Astro’s content-named files for a year, and every one of them is content-named', async () => {
    expect([...rules.keys()].sort()).toEqual(['/*', '/_astro/*']);
    expect(rules.get('/_astro/*')?.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const assets = await readdir(join(siteDir, '_astro'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset).toMatch(/\.[\w-]{8}\.(?:css|js)$/);
  });
});

describe('the site served with those headers', () => {
  let site: StaticSite;

  beforeAll(async () => {
    site = await serveStatic(siteDir, { headers: Object.fromEntries(everyPath) });
  });

  afterAll(async () => {
    await site?.close();
  });

  it('still finds pages with the search and loads every page without a complaint', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      const answer = await page.goto(`${site.origin}${paths.search()}?q=${encodeURIComponent('きょうだい')}`);
      expect(answer?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await page.locator('#search-results li a').first().waitFor();
      for (const path of [paths.home(), paths.events(), paths.help()]) await page.goto(site.origin + path);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
