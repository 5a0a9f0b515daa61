import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { informationPages, loadSampleContent } from '../support/sample-content.ts';

describe('links in the built sample site', () => {
  it('all lead to a page or file that exists, and every #fragment to an element on it', async () => {
    const siteDir = inject('siteDir');
    const checker = new LinkChecker();
    const result = await checker.check({
      path: siteDir,
      recurse: true,
      checkFragments: true,
      // Only this site is checked: the machine has no internet, and the forum lives elsewhere.
      linksToSkip: async (link) => !link.startsWith('http://127.0.0.1:') && !link.startsWith('http://localhost:'),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (${link.status ?? link.failureDetails?.map(String).join('; ')}) on ${link.parent}`);
    expect(broken).toEqual([]);
    // Linkinator reports pages of the served folder by their file path, other links by URL.
    const pathOf = (url: string) =>
      url.startsWith(siteDir) ? url.slice(siteDir.length) || '/' : new URL(url).pathname;
    const reached = new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => pathOf(link.url)));
    const unreached = informationPages(await loadSampleContent()).filter((path) => !reached.has(path));
    expect(unreached, 'pages no link leads to').toEqual([]);
  }, 120_000);
});
