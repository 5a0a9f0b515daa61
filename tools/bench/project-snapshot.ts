import { cp, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A copy of the site's sources in a temporary folder, sharing only node_modules (by symlink). Builds of the
 * snapshot keep their output, their rendered-image caches (`.cache/`, relative to the working directory) and Astro's
 * own cache to themselves, so the bench neither disturbs nor is helped by anyone else's builds in the project.
 */

export interface AstroProject {
  root: string;
  /** Config file to pass to `astro build --config`, relative to root. */
  configFile: string;
  outDir: string;
  /** Astro's cache (content layer store, Vite's dependency cache). */
  cacheDir: string;
  /** The rendered-image caches of this project's builds (share images, flyers, QR codes). */
  imageCacheDir: string;
}

/** Outputs, caches and history: everything else in the project is copied, whatever the build may import. */
const notCopied = new Set(['node_modules', '.git', 'dist', '.astro', '.cache', 'bench-results', '.env']);

export async function snapshotProject(projectRoot: string, root: string): Promise<AstroProject> {
  await mkdir(root, { recursive: true });
  for (const entry of await readdir(projectRoot)) {
    if (!notCopied.has(entry)) await cp(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  await symlink(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return withBenchConfig(root, 'astro.config.mjs');
}

/**
 * Wraps a project's own config so the cache lives inside the project rather than in the shared
 * node_modules/.astro, and the output goes to a known folder.
 */
export async function withBenchConfig(root: string, baseConfig: string): Promise<AstroProject> {
  const project: AstroProject = {
    root,
    configFile: 'astro.bench.config.mjs',
    outDir: join(root, 'dist'),
    cacheDir: join(root, '.bench-astro-cache'),
    imageCacheDir: join(root, '.cache'),
  };
  await writeFile(
    join(root, project.configFile),
    [
      `import config from './${baseConfig}';`,
      '',
      `export default { ...config, outDir: ${JSON.stringify(project.outDir)}, cacheDir: ${JSON.stringify(project.cacheDir)} };`,
      '',
    ].join('\n'),
  );
  return project;
}
