import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadContent } from '../../src/checker/load.ts';
import { collectionFolders, siteSettingsFile } from '../../src/checker/location.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import type { GeneratedContent, GeneratedEntry, RoleSummary } from './generate-content.ts';

/**
 * Writes a generated content set as a complete content tree: site.yaml, programmes, roles and guides copied from the sample
 * content (they are the same whatever the size), conditions, rooms and events from the generator.
 */

/** The roles of the sample content in the staff's order, which the generated rooms and events refer to. */
export async function sampleRoles(sampleRoot: string): Promise<RoleSummary[]> {
  const { content, problems } = await loadContent(sampleRoot);
  if (!content)
    throw new Error(`The sample content in ${sampleRoot} could not be read: ${problems.map(formatProblem).join('; ')}`);
  return content.roles
    .toSorted((a, b) => a.data.order - b.data.order)
    .map((role) => ({ slug: role.id, shortName: role.data.shortName }));
}

export async function writeContentTree(target: string, sampleRoot: string, content: GeneratedContent): Promise<void> {
  await Promise.all(collectionFolders.map((folder) => mkdir(join(target, folder), { recursive: true })));
  await copyFile(join(sampleRoot, siteSettingsFile), join(target, siteSettingsFile));
  for (const folder of ['programmes', 'roles', 'guides'] as const) {
    const files = (await readdir(join(sampleRoot, folder))).filter((name) => name.endsWith('.mdx'));
    await Promise.all(files.map((name) => copyFile(join(sampleRoot, folder, name), join(target, folder, name))));
  }
  await writeEntries(target, 'conditions', content.conditions);
  await writeEntries(target, 'rooms', content.rooms);
  await writeEntries(target, 'events', content.events);
}

/** Writes (or overwrites) entries of one collection as `<slug>.mdx`. */
export async function writeEntries(
  target: string,
  folder: 'conditions' | 'rooms' | 'events',
  entries: GeneratedEntry<unknown>[],
): Promise<void> {
  await Promise.all(entries.map((entry) => writeFile(join(target, folder, `${entry.slug}.mdx`), mdxSource(entry))));
}

function mdxSource(entry: GeneratedEntry<unknown>): string {
  return `---\n${stringify(entry.data, { lineWidth: 0 })}---\n\n${entry.body}`;
}
