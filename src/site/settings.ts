import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Site } from '../schemas/index.ts';
import { parseSiteSettings } from '../checker/site-file.ts';
import { contentRoot, siteSettingsFile } from '../checker/location.ts';
import { formatProblem } from '../lib/problem.ts';

let cached: { root: string; site: Site } | undefined;

/**
 * The staff's site settings (`content/site.yaml`), validated the same way `npm run check` does. Read once per
 * content root: a build renders hundreds of pages from the same file.
 */
export function getSite(): Site {
  const root = contentRoot();
  if (cached?.root !== root) {
    const path = join(root, siteSettingsFile);
    const { site, problems } = parseSiteSettings(readFileSync(path, 'utf8'), relative(process.cwd(), path));
    if (!site) {
      throw new Error(
        `${path} の内容を直してください（npm run check で詳しく確かめられます）:\n${problems.map(formatProblem).join('\n')}`,
      );
    }
    cached = { root, site };
  }
  return cached.site;
}
