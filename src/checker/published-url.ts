import { problemAt, type LineLookup, type Problem } from '../lib/problem.ts';
import type { Site } from '../schemas/index.ts';

/**
 * Whether site.yaml's `url` is where the site is really published (the deploy workflow passes GitHub Pages' own
 * address). Every page's links, canonical URLs and share images, and the forum's links to the site, are made from
 * `url`: built for another address, the site would be published with broken styles and links.
 */
export function publishedUrlProblem(
  site: Pick<Site, 'url'>,
  publishedUrl: string,
  at: { file: string; lineOf: LineLookup },
): Problem | undefined {
  const written = withTrailingSlash(site.url);
  const published = withTrailingSlash(publishedUrl);
  if (written === published) return undefined;
  return problemAt(
    { file: at.file, place: ['url'] },
    `サイトの公開先は ${published} ですが、url は ${written} になっています。url: ${published} と書き直してください（docs/publish.md の「サイトの URL」）。`,
    at.lineOf,
  );
}

function withTrailingSlash(url: string): string {
  const parsed = new URL(url);
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed.href;
}
