import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { furiganaDictionarySchema, type FuriganaDictionary } from '../schemas/furigana.ts';
import { validate } from './explain-issues.ts';
import { parseYaml, type LineOf } from './frontmatter.ts';
import type { Problem } from '../lib/problem.ts';

/** The staff's furigana dictionary, in the content folder beside site.yaml. It may be left out. */
const furiganaFile = 'furigana.yaml';

export interface FuriganaFile {
  file: string;
  dictionary?: FuriganaDictionary;
  lineOf?: LineOf;
  problems: Problem[];
}

/** Reads and validates content/furigana.yaml; a missing file is an empty dictionary. */
export async function readFuriganaFile(root: string, projectRoot: string = process.cwd()): Promise<FuriganaFile> {
  const file = relative(projectRoot, join(root, furiganaFile));
  const source = await readFile(join(root, furiganaFile), 'utf8').catch(() => undefined);
  if (source === undefined) return { file, dictionary: {}, problems: [] };
  const parsed = parseYaml(source.replace(/^\uFEFF/, ''), 1);
  if (!parsed.ok) return { file, problems: [{ file, line: parsed.line, message: parsed.message, severity: 'error' }] };
  // An empty file (or one of comments only) is an empty dictionary.
  const result = validate(furiganaDictionarySchema, parsed.data ?? {}, { file, lineOf: parsed.lineOf });
  return result.ok
    ? { file, dictionary: result.data, lineOf: parsed.lineOf, problems: [] }
    : { file, lineOf: parsed.lineOf, problems: result.problems };
}
