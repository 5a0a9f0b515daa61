import { siteSchema, type Site } from '../schemas/index.ts';
import { validate } from './explain-issues.ts';
import { parseYaml, type LineOf } from './frontmatter.ts';
import type { Problem } from '../lib/problem.ts';

/**
 * The text of site.yaml, parsed and validated; `file` is the name its problems point at. Shared by the checker and
 * by the pages (through `getSite`), so both read the settings the same way; kept apart from the loader so pages do
 * not pull in the MDX checker.
 */
export function parseSiteSettings(source: string, file: string): { site?: Site; lineOf?: LineOf; problems: Problem[] } {
  const parsed = parseYaml(source.replace(/^\uFEFF/, ''), 1);
  if (!parsed.ok) return { problems: [{ file, line: parsed.line, message: parsed.message, severity: 'error' }] };
  const result = validate(siteSchema, parsed.data, { file, lineOf: parsed.lineOf });
  return result.ok
    ? { site: result.data, lineOf: parsed.lineOf, problems: [] }
    : { lineOf: parsed.lineOf, problems: result.problems };
}
