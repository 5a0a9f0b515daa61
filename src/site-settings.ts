import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type Site } from './schemas/index.ts';
import { contentRoot, siteSettingsFile } from './content/location.ts';

let cached: { root: string; site: Site } | undefined;

/**
 * The staff's site settings (`content/site.yaml`), validated. Read once per content root: a build renders
 * hundreds of pages from the same file.
 */
export function getSite(): Site {
  const root = contentRoot();
  if (cached?.root !== root) {
    const file = join(root, siteSettingsFile);
    const parsed = siteSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(全体)'} — ${issue.message}`);
      throw new Error(`${file} の内容を直してください（npm run check で詳しく確かめられます）:\n${fields.join('\n')}`);
    }
    cached = { root, site: parsed.data };
  }
  return cached.site;
}
