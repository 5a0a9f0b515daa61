import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { collectionFolders, type CollectionName } from '../../src/checker/location.ts';
import { withBenchConfig, type AstroProject } from './project-snapshot.ts';

/**
 * The yardstick for build time: a bare Astro + MDX project (no layouts, no integrations but MDX) that reads the
 * same generated content through plain collections and builds exactly as many pages, of each kind, as the real
 * site did. Each page renders its entry's frontmatter and MDX body, so pages carry comparable text.
 */

export async function createBareBaseline(
  root: string,
  projectRoot: string,
  contentDir: string,
  pagesByKind: Map<string, number>,
): Promise<AstroProject> {
  await mkdir(join(root, 'src', 'pages'), { recursive: true });
  await symlink(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  await writeFile(
    join(root, 'package.json'),
    `${JSON.stringify({ name: 'bare-baseline', private: true, type: 'module' }, null, 2)}\n`,
  );
  await writeFile(
    join(root, 'astro.config.mjs'),
    [
      "import mdx from '@astrojs/mdx';",
      "import { defineConfig } from 'astro/config';",
      '',
      'export default defineConfig({ integrations: [mdx()] });',
      '',
    ].join('\n'),
  );
  await writeFile(join(root, 'src', 'content.config.ts'), contentConfig(contentDir));
  let index = 0;
  for (const [kind, count] of pagesByKind) {
    const folder = join(root, 'src', 'pages', `kind-${index++}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, '[page].astro'), pageTemplate(collectionForKind(kind), count, kind));
  }
  return withBenchConfig(root, 'astro.config.mjs');
}

function contentConfig(contentDir: string): string {
  const collections = collectionFolders
    .map(
      (name) =>
        `  ${name}: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(join(contentDir, name))} }) }),`,
    )
    .join('\n');
  return [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    '',
    'export const collections = {',
    collections,
    '};',
    '',
  ].join('\n');
}

/** Pages under /rooms/ render rooms, and so on; pages outside any collection's folder render conditions. */
function collectionForKind(kind: string): CollectionName {
  const first = kind.split('/').find((segment) => segment !== '');
  return (collectionFolders as readonly string[]).includes(first ?? '') ? (first as CollectionName) : 'conditions';
}

function pageTemplate(collection: CollectionName, count: number, kind: string): string {
  return `---
// Stands in for ${kind} (${count} pages).
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection(${JSON.stringify(collection)});
  return Array.from({ length: ${count} }, (_, page) => ({
    params: { page: String(page) },
    props: { entry: entries[page % entries.length] },
  }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const title = entry.data.name ?? entry.data.title;
---
<html lang="ja">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body>
    <h1>{title}</h1>
    <dl>{Object.entries(entry.data).map(([field, value]) => <><dt>{field}</dt><dd>{JSON.stringify(value)}</dd></>)}</dl>
    <Content />
  </body>
</html>
`;
}
