import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectionFolders } from '../../src/checker/location.ts';
import { siteSchema } from '../../src/schemas/index.ts';

/**
 * Staff editing frontmatter in VS Code with the Astro extension get hover help and validation from the JSON
 * schemas Astro writes for each collection (.astro/collections/<name>.schema.json). Every field there carries its
 * Japanese description, which comes from the zod schemas themselves.
 */

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

type JsonSchema = {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

/** Every property anywhere in a JSON schema, by its path, without a description. */
function undescribed(schema: JsonSchema, path = ''): string[] {
  // Astro adds `$schema` itself, so an editor can find the file: it is not a field staff write.
  const fields = Object.entries(schema.properties ?? {}).filter(([key]) => key !== '$schema');
  const own = fields.flatMap(([key, property]) => {
    const at = path ? `${path}.${key}` : key;
    return [...(property.description ? [] : [at]), ...undescribed(property, at)];
  });
  const nested = [schema.items, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap((inner) =>
    inner ? undescribed(inner, `${path}[]`) : [],
  );
  return [...own, ...nested];
}

describe('the editor help Astro generates from the schemas', () => {
  beforeAll(async () => {
    await promisify(execFile)(process.execPath, [astro, 'sync'], {
      cwd: projectRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  }, 60_000);

  it.each(collectionFolders)('describes every field of %s in Japanese', async (collection) => {
    const text = await readFile(`${projectRoot}.astro/collections/${collection}.schema.json`, 'utf8');
    const schema = JSON.parse(text) as JsonSchema;
    expect(Object.keys(schema.properties ?? {}).length).toBeGreaterThan(3);
    expect(undescribed(schema)).toEqual([]);
    expect(text).toMatch(/"description": "[^"]*[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('describes every field of site.yaml too, for an editor that is given its schema', () => {
    expect(undescribed(z.toJSONSchema(siteSchema, { io: 'input' }) as JsonSchema)).toEqual([]);
  });
});
