import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import {
  conditionSchema,
  eventSchema,
  guideSchema,
  programmeSchema,
  roleSchema,
  roomSchema,
  type Site,
} from '../schemas/index.ts';
import { slug as slugSchema } from '../schemas/common.ts';
import { validate } from './explain-issues.ts';
import { parseYaml, splitFrontmatter, type LineOf } from './frontmatter.ts';
import { contentRoot, siteSettingsFile, type CollectionName } from './location.ts';
import { checkMdxBody } from './mdx-body.ts';
import { parseSiteSettings } from './site-file.ts';
import { readFuriganaFile } from './furigana-file.ts';
import type { ContentSet, Entry } from '../model/entry.ts';
import type { LineLookup, Problem } from '../lib/problem.ts';

const collectionSchemas = {
  programmes: programmeSchema,
  conditions: conditionSchema,
  roles: roleSchema,
  rooms: roomSchema,
  events: eventSchema,
  guides: guideSchema,
} satisfies Record<CollectionName, z.ZodType>;

const exampleSlugs: Record<CollectionName, string> = {
  programmes: 'family-salon',
  conditions: 'scleroderma',
  roles: 'sibling',
  rooms: 'scleroderma-family',
  events: 'scleroderma-online-2026-12',
  guides: 'forum',
};

type Collections = { [N in CollectionName]: Entry<z.infer<(typeof collectionSchemas)[N]>>[] };

/** Everything read from a content tree, valid or not, with what the cross-check needs to point at lines. */
export interface ContentTree extends Collections {
  /** Missing when site.yaml is missing or invalid. */
  site?: Site;
  /** Relative path of site.yaml, for messages about it. */
  siteFile: string;
  /** Entries whose file exists but did not validate: references to them are not reported a second time. */
  invalid: Record<CollectionName, Set<string>>;
  /** The line lookup of every file that parsed, by its path relative to the project root. */
  lines: Map<string, LineOf>;
  /** The line each MDX file's body starts on. */
  bodyLines: Map<string, number>;
  /** How many files were read. */
  fileCount: number;
  problems: Problem[];
}

/**
 * Reads and validates every file of a content tree, collecting all problems rather than stopping at the first.
 * Paths in problems are relative to `projectRoot`.
 */
export async function readContentTree(
  root: string = contentRoot(),
  projectRoot: string = process.cwd(),
): Promise<ContentTree> {
  const tree: ContentTree = {
    siteFile: relative(projectRoot, join(root, siteSettingsFile)),
    programmes: [],
    conditions: [],
    roles: [],
    rooms: [],
    events: [],
    guides: [],
    invalid: {
      programmes: new Set(),
      conditions: new Set(),
      roles: new Set(),
      rooms: new Set(),
      events: new Set(),
      guides: new Set(),
    },
    lines: new Map(),
    bodyLines: new Map(),
    fileCount: 0,
    problems: [],
  };
  await Promise.all([
    readSite(root, tree),
    readFurigana(root, projectRoot, tree),
    readCollection(root, projectRoot, 'programmes', collectionSchemas.programmes, tree).then((entries) =>
      tree.programmes.push(...entries),
    ),
    readCollection(root, projectRoot, 'conditions', collectionSchemas.conditions, tree).then((entries) =>
      tree.conditions.push(...entries),
    ),
    readCollection(root, projectRoot, 'roles', collectionSchemas.roles, tree).then((entries) =>
      tree.roles.push(...entries),
    ),
    readCollection(root, projectRoot, 'rooms', collectionSchemas.rooms, tree).then((entries) =>
      tree.rooms.push(...entries),
    ),
    readCollection(root, projectRoot, 'events', collectionSchemas.events, tree).then((entries) =>
      tree.events.push(...entries),
    ),
    readCollection(root, projectRoot, 'guides', collectionSchemas.guides, tree).then((entries) =>
      tree.guides.push(...entries),
    ),
  ]);
  return tree;
}

/** The validated content, when site.yaml is usable, and every problem found in the files themselves. */
export async function loadContent(
  root: string = contentRoot(),
  projectRoot: string = process.cwd(),
): Promise<{ content?: ContentSet; problems: Problem[] }> {
  const tree = await readContentTree(root, projectRoot);
  return { ...(tree.site ? { content: contentSetOf(tree, tree.site) } : {}), problems: tree.problems };
}

/** The line of a field or body in any file of the tree; a file as a whole (`[]`) has none. */
export function lineLookup(tree: ContentTree): LineLookup {
  return (file, place) => {
    if (place === 'body') return tree.bodyLines.get(file);
    return place.length === 0 ? undefined : tree.lines.get(file)?.(place);
  };
}

export function contentSetOf(tree: ContentTree, site: Site): ContentSet {
  const { programmes, conditions, roles, rooms, events, guides } = tree;
  return { site, programmes, conditions, roles, rooms, events, guides };
}

async function readFurigana(root: string, projectRoot: string, tree: ContentTree): Promise<void> {
  const furigana = await readFuriganaFile(root, projectRoot);
  if (furigana.dictionary && Object.keys(furigana.dictionary).length === 0 && furigana.problems.length === 0) return;
  tree.fileCount++;
  if (furigana.lineOf) tree.lines.set(furigana.file, furigana.lineOf);
  tree.problems.push(...furigana.problems);
}

async function readSite(root: string, tree: ContentTree): Promise<void> {
  const file = tree.siteFile;
  const source = await readFile(join(root, siteSettingsFile), 'utf8').catch(() => undefined);
  if (source === undefined) {
    tree.problems.push({
      file,
      message: 'サイトの設定ファイルがありません。site.yaml を作ってください（書き方は docs/content-guide.md）。',
      severity: 'error',
    });
    return;
  }
  tree.fileCount++;
  const parsed = parseSiteSettings(source, file);
  if (parsed.lineOf) tree.lines.set(file, parsed.lineOf);
  if (parsed.site) tree.site = parsed.site;
  tree.problems.push(...parsed.problems);
}

async function readCollection<S extends z.ZodType>(
  root: string,
  projectRoot: string,
  name: CollectionName,
  schema: S,
  tree: ContentTree,
): Promise<Entry<z.infer<S>>[]> {
  const folder = join(root, name);
  // An empty folder is not kept by git, so a missing folder simply means no entries yet.
  const names = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const entries = await Promise.all(
    names
      .filter((dirent) => !dirent.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(async (dirent) => {
        const file = relative(projectRoot, join(folder, dirent.name));
        const misplaced = misplacedFileProblem(dirent.name, dirent.isDirectory(), name, file);
        if (misplaced) {
          tree.problems.push(misplaced);
          if (!dirent.name.endsWith('.mdx') || dirent.isDirectory()) return undefined;
        }
        return readEntry(join(folder, dirent.name), file, name, schema, tree);
      }),
  );
  return entries.filter((entry) => entry !== undefined);
}

/** A file the site would ignore or serve under a broken URL: staff must rename or move it. */
function misplacedFileProblem(
  fileName: string,
  isFolder: boolean,
  collection: CollectionName,
  file: string,
): Problem | undefined {
  const problem = (message: string): Problem => ({ file, message, severity: 'error' });
  if (isFolder)
    return problem(
      `content/${collection}/ の中のフォルダは読み込まれません。中のファイルを content/${collection}/ に移してください。`,
    );
  if (!fileName.endsWith('.mdx')) {
    const stem = fileName.replace(/\.[^.]*$/, '');
    return problem(
      `.mdx で終わるファイルだけが読み込まれます。「${stem}.mdx」に名前を変えてください（ほかの種類のファイルはこのフォルダの外に置いてください）。`,
    );
  }
  const slug = fileName.slice(0, -'.mdx'.length);
  if (slugSchema.safeParse(slug).success) return undefined;
  const suggestion = slug
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const example = slugSchema.safeParse(suggestion).success ? suggestion : exampleSlugs[collection];
  return problem(
    `ファイル名はページの URL になるため、半角の小文字英数字とハイフンだけにしてください（例: ${example}.mdx）。ファイルの名前を変えてください。`,
  );
}

async function readEntry<S extends z.ZodType>(
  path: string,
  file: string,
  collection: CollectionName,
  schema: S,
  tree: ContentTree,
): Promise<Entry<z.infer<S>> | undefined> {
  const slug = basename(path, '.mdx');
  const fail = (problems: Problem[]) => {
    tree.problems.push(...problems);
    tree.invalid[collection].add(slug);
    return undefined;
  };
  tree.fileCount++;
  const source = await readFile(path, 'utf8');
  const split = splitFrontmatter(source);
  if (!split.ok) return fail([{ file, line: split.line, message: split.message, severity: 'error' }]);
  tree.bodyLines.set(file, split.bodyLine);

  // The body is checked even when the frontmatter is broken, so one run names both.
  tree.problems.push(
    ...(await checkMdxBody(split.body)).map((found): Problem => ({
      file,
      line: split.bodyLine + found.line - 1,
      message: found.message,
      severity: 'error',
    })),
  );
  const parsed = parseYaml(split.yaml, split.yamlLine);
  if (!parsed.ok) return fail([{ file, line: parsed.line, message: parsed.message, severity: 'error' }]);

  tree.lines.set(file, parsed.lineOf);
  const result = validate(schema, parsed.data, { file, lineOf: parsed.lineOf });
  if (!result.ok) return fail(result.problems);
  return { id: slug, file, data: result.data, body: split.body };
}
