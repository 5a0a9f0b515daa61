import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Which file imports which, as paths relative to the source folder with `/` separators. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/**
 * The relative imports of every .ts and .astro file under `root`: static, type-only, re-exports and dynamic
 * `import()` alike, read by TypeScript's own scanner. In an .astro file the frontmatter and the `<script>`
 * blocks are code; the markup is not. Bare specifiers (packages, `astro:content`) are not part of the graph.
 */
export function readImportGraph(root: string): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const code = file.endsWith('.astro') ? astroCode(text) : text;
    const targets = ts
      .preProcessFile(code, true, true)
      .importedFiles.map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => toKey(root, resolveImport(join(dirname(file), specifier))));
    graph.set(toKey(root, file), [...new Set(targets)]);
  }
  return graph;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}

function astroCode(text: string): string {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  return [frontmatter, ...scripts].join('\n');
}

/** The file an import names: as written, or with `.ts` or `/index.ts` added the way bundlers resolve. */
function resolveImport(path: string): string {
  const candidates = [path, `${path}.ts`, join(path, 'index.ts')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? path;
}

function toKey(root: string, path: string): string {
  return relative(resolve(root), resolve(path)).split(sep).join('/');
}

/** Every import cycle, each as the files around it with the first repeated at the end. */
export function findCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  for (const component of stronglyConnected(graph)) {
    // Starting from the first file by name keeps the message the same from run to run.
    const [start] = [...component].sort();
    if (start === undefined) continue;
    const members = new Set(component);
    const selfLoop = graph.get(start)?.includes(start) ?? false;
    if (component.length > 1 || selfLoop) cycles.push(pathBack(graph, start, members));
  }
  return cycles;
}

/** Tarjan's algorithm, iterative so that a long chain of imports cannot overflow the stack. */
function stronglyConnected(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame === undefined) break;
      const targets = (graph.get(frame.node) ?? []).filter((target) => graph.has(target));
      const target = targets[frame.next++];
      if (target !== undefined) {
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}

/** A shortest way from `start` back to itself inside one strongly connected component. */
function pathBack(graph: ImportGraph, start: string, members: ReadonlySet<string>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  // The queue grows while it is walked; for…of visits what is added too.
  for (const node of queue) {
    for (const target of graph.get(node) ?? []) {
      if (target === start) {
        const path = [node];
        for (let step = cameFrom.get(node); step !== undefined; step = cameFrom.get(step)) path.unshift(step);
        return [...path, start];
      }
      if (members.has(target) && !cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

/**
 * Which folders a folder's files may import from, `*` for any. A file's layer is its top-level folder, or for
 * the forum sync its second-level one (`forum/core`); a file directly in the source folder is its own layer.
 */
export type LayerRules = Readonly<Record<string, readonly string[] | '*'>>;

function layerOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'forum' && parts.length > 2) return `forum/${parts[1]}`;
  return parts.length === 1 ? file : (parts[0] ?? file);
}

/** Imports that go against the rules, leave the source folder, or come from a folder the rules do not know. */
export function forbiddenImports(graph: ImportGraph, rules: LayerRules): string[] {
  const problems: string[] = [];
  for (const [file, targets] of graph) {
    const layer = layerOf(file);
    const allowed = rules[layer];
    if (allowed === undefined) {
      problems.push(`${file}: the folder ${layer} has no rule yet; say which folders it may use`);
      continue;
    }
    for (const target of targets) {
      if (target.startsWith('../'))
        problems.push(`${file} → ${target}: code under src/ may not import from outside it`);
      else if (layerOf(target) !== layer && allowed !== '*' && !allowed.includes(layerOf(target))) {
        problems.push(`${file} → ${target}: ${layer} may not use ${layerOf(target)}`);
      }
    }
  }
  return problems;
}
