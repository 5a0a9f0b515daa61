import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/checker/explain-issues.ts';
import { parseYaml, splitFrontmatter } from '../../src/checker/frontmatter.ts';
import { unwrapSchema } from '../../src/checker/schema-shape.ts';
import {
  conditionSchema,
  eventSchema,
  guideSchema,
  programmeSchema,
  roleSchema,
  roomSchema,
  siteSchema,
} from '../../src/schemas/index.ts';

const guide = readFileSync(new URL('../../docs/content-guide.md', import.meta.url), 'utf8');

/** Every field staff can write, as the guide names them: `apply.deadline`, `steps[].title`. */
function fieldPaths(schema: z.core.$ZodType, prefix = ''): string[] {
  const inner = unwrapSchema(schema);
  if (inner instanceof z.ZodArray) return fieldPaths(inner.element, `${prefix}[]`);
  // A choice of shapes (a way in, a way to apply): every field any of them has, each once.
  if (inner instanceof z.ZodDiscriminatedUnion)
    return [...new Set(inner.options.flatMap((option) => fieldPaths(option, prefix)))];
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape).flatMap(([key, field]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...fieldPaths(field, path)];
  });
}

/** The guide's section for one kind of file: from its `## ` heading naming the file to the next `## `. */
function section(file: string): string {
  const found = guide.split(/^(?=## )/m).find((part) => part.split('\n', 1)[0]?.includes(file));
  if (!found) throw new Error(`docs/content-guide.md has no "## " heading naming ${file}`);
  return found;
}

/** Each kind of file staff write, named as the guide's headings name it, with the schema it must pass. */
const filesAndSchemas = [
  ['content/site.yaml', siteSchema],
  ['content/programmes/', programmeSchema],
  ['content/conditions/', conditionSchema],
  ['content/roles/', roleSchema],
  ['content/rooms/', roomSchema],
  ['content/events/', eventSchema],
  ['content/guides/', guideSchema],
] as const;

describe('the staff guide (docs/content-guide.md)', () => {
  it.each(filesAndSchemas)('explains every field of %s in its section', (file, schema) => {
    const paths = fieldPaths(schema);
    expect(paths.length).toBeGreaterThan(3);
    const text = section(file);
    expect(paths.filter((path) => !text.includes(`\`${path}\``))).toEqual([]);
  });

  it.each(filesAndSchemas)('gives an example file for %s that passes its schema', (file, schema) => {
    const examples = [...section(file).matchAll(/^```(?:mdx|yaml)\n([\s\S]*?)^```/gm)].map((match) => match[1] ?? '');
    expect(examples).toHaveLength(1);
    const [example = ''] = examples;
    const split = file.endsWith('.yaml')
      ? { ok: true as const, yaml: example, yamlLine: 1 }
      : splitFrontmatter(example);
    if (!split.ok) throw new Error(split.message);
    const parsed = parseYaml(split.yaml, split.yamlLine);
    if (!parsed.ok) throw new Error(parsed.message);
    const result = validate(schema, parsed.data, { file, lineOf: parsed.lineOf });
    expect(result.ok ? [] : result.problems.map((problem) => `${problem.field} — ${problem.message}`)).toEqual([]);
  });

  it('shows how to run the check and what its `file:line field — message` lines look like', () => {
    const text = section('npm run check');
    expect(text).toContain('npm run check');
    expect(text).toMatch(/^content\/\S+:\d+ [\w.[\]]+ — \S/m);
  });
});
