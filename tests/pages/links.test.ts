import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../tools/browser/static-server.ts';
import { baseSite } from '../setup/build-site.ts';
import { informationPages, loadSampleContent } from '../support/sample-content.ts';

// Only this site is checked: the machine has no internet, and the forum lives elsewhere.
const onlyThisMachine = async (link: string) =>
  !link.startsWith('http://127.0.0.1:') && !link.startsWith('http://localhost:');

async function brokenLinks(path: string): Promise<{ broken: string[]; reached: string[] }> {
  const result = await new LinkChecker().check({
    path,
    recurse: true,
    checkFragments: true,
    linksToSkip: onlyThisMachine,
  });
  return {
    broken: result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (${link.status ?? link.failureDetails?.map(String).join('; ')}) on ${link.parent}`),
    reached: result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url),
  };
}

describe('links in the built sample site', () => {
  it('all lead to a page or file that exists, and every #fragment to an element on it', async () => {
    const siteDir = inject('siteDir');
    const { broken, reached } = await brokenLinks(siteDir);
    expect(broken).toEqual([]);
    // Linkinator reports pages of the served folder by their file path, other links by URL.
    const pathOf = (url: string) =>
      url.startsWith(siteDir) ? url.slice(siteDir.length) || '/' : new URL(url).pathname;
    const reachedPaths = new Set(reached.map(pathOf));
    const unreached = informationPages(await loadSampleContent()).filter((path) => !reachedPaths.has(path));
    expect(unreached, 'pages no link leads to').toEqual([]);
  }, 120_000);

  it('also when the site is published under a base path and served only there', async () => {
    const { base } = baseSite;
    const site = await serveStatic(inject('baseSiteDir'), { base });
    try {
      const { broken, reached } = await brokenLinks(site.origin + base);
      // A link, stylesheet, icon or download that forgot the base points outside it, where nothing is served.
      expect(broken).toEqual([]);
      const reachedPaths = new Set(reached.map((url) => new URL(url).pathname));
      const unreached = informationPages(await loadSampleContent())
        .map((path) => base + path.slice(1))
        .filter((path) => !reachedPaths.has(path));
      expect(unreached, 'pages no link leads to').toEqual([]);
      expect(reachedPaths.size).toBeGreaterThan(50);
    } finally {
      await site.close();
    }
  }, 120_000);
});
