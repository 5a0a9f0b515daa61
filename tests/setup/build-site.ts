import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { writeQuirkyContent } from '../fixtures/quirky-content.ts';

/**
 * Builds the sample site once into a temporary folder for every test under tests/pages/ and tests/site/; they
 * find it with `inject('siteDir')`. The clock is pinned so "upcoming" and "past" never drift with the date.
 * A second build, of the sample plus content written the awkward ways staff write it (tests/fixtures/quirky-content.ts),
 * is at `inject('quirkySiteDir')`. A third build, of the sample published under a base path as a GitHub Pages project
 * site is (`https://hiroba.example/hiroba/`), is at `inject('baseSiteDir')`. What each build printed is at
 * `inject('buildLogs')`.
 */

/** After the October meeting, before the December ones: the sample then has both past and upcoming events. */
export const sampleSiteNow = '2026-11-23T12:00:00+09:00';

/** The sample's site URL moved under a path, as a GitHub Pages project site's is: every page is served below it. */
export const baseSite = { url: 'https://hiroba.example/hiroba/', base: '/hiroba/' };

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    quirkySiteDir: string;
    baseSiteDir: string;
    siteNow: string;
    /** What each build printed, for tests of what the build tells staff. */
    buildLogs: BuildLogs;
  }
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const astroCli = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

interface Build {
  outDir: string;
  /** Another content tree than content/, with its own Astro cache so the two builds' content stores stay apart. */
  other?: { contentDir: string; configDir: string };
}

/** What each of the three builds printed (standard output and error), as staff would read it in their terminal. */
interface BuildLogs {
  site: string;
  quirky: string;
  base: string;
}

/** Builds the site and says what it printed. */
async function build({ outDir, other }: Build): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, HIROBA_NOW: sampleSiteNow, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.HIROBA_CONTENT_DIR;
  const args = [astroCli, 'build', '--outDir', outDir];
  if (other) {
    env.HIROBA_CONTENT_DIR = other.contentDir;
    const config = join(other.configDir, 'astro.config.mjs');
    const base = pathToFileURL(join(projectRoot, 'astro.config.mjs')).href;
    const cacheDir = join(other.configDir, 'astro-cache');
    await writeFile(
      config,
      `import config from ${JSON.stringify(base)};\nexport default { ...config, cacheDir: ${JSON.stringify(cacheDir)} };\n`,
    );
    // Astro finds --config relative to the project root.
    args.push('--config', relative(projectRoot, config));
  }
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, {
      cwd: projectRoot,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout + stderr;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build of ${other ? other.contentDir : 'the sample site'} failed:\n${stdout}\n${stderr}`, {
      cause: error,
    });
  }
}

/**
 * What a last build into the base-path build's output left there that this build does not make: the page and the
 * share card of a room since taken down, and an old stylesheet. The build writes over its output and removes these
 * (src/integrations/previous-output.ts).
 */
export const lastBuildLeftovers = {
  files: ['rooms/leftover-closed-room/index.html', 'og/rooms/leftover-closed-room.png', '_astro/leftover.css'],
  /** A word of the page found nowhere else, for the search index. */
  word: 'もう閉じた部屋のこり',
} as const;

async function writeLastBuildLeftovers(outDir: string): Promise<void> {
  const { word } = lastBuildLeftovers;
  const page = `<!doctype html><html lang="ja"><head><title>${word}</title></head><body><main><h1>${word}</h1></main></body></html>`;
  for (const file of lastBuildLeftovers.files) {
    await mkdir(dirname(join(outDir, file)), { recursive: true });
    await writeFile(join(outDir, file), file.endsWith('.html') ? page : 'left over');
  }
}

/** The sample content with site.yaml's url (and the operator's page on the site) under `baseSite.url`. */
async function writeBasePathContent(root: string): Promise<string> {
  await cp(join(projectRoot, 'content'), root, { recursive: true });
  const settings = join(root, 'site.yaml');
  const sample = await readFile(settings, 'utf8');
  const moved = sample.replaceAll('https://hiroba.example/', baseSite.url);
  if (moved === sample) throw new Error('content/site.yaml no longer has the url the base-path build moves');
  await writeFile(settings, moved);
  return root;
}

export default async function buildSampleSites(project: TestProject): Promise<() => Promise<void>> {
  const siteDir = await mkdtemp(join(tmpdir(), 'hiroba-site-'));
  const quirky = await mkdtemp(join(tmpdir(), 'hiroba-quirky-'));
  const quirkySiteDir = join(quirky, 'dist');
  const based = await mkdtemp(join(tmpdir(), 'hiroba-base-'));
  const baseSiteDir = join(based, 'dist');
  const cleanUp = () =>
    Promise.all([siteDir, quirky, based].map((dir) => rm(dir, { recursive: true, force: true }))).then(() => undefined);
  let buildLogs: BuildLogs;
  try {
    // One after the other: they all write the project's generated types in .astro/.
    const site = await build({ outDir: siteDir });
    const quirkyLog = await build({
      outDir: quirkySiteDir,
      other: { contentDir: await writeQuirkyContent(join(quirky, 'content')), configDir: quirky },
    });
    await writeLastBuildLeftovers(baseSiteDir);
    const base = await build({
      outDir: baseSiteDir,
      other: { contentDir: await writeBasePathContent(join(based, 'content')), configDir: based },
    });
    buildLogs = { site, quirky: quirkyLog, base };
  } catch (error) {
    await cleanUp();
    throw error;
  }
  project.provide('buildLogs', buildLogs);
  project.provide('siteDir', siteDir);
  project.provide('quirkySiteDir', quirkySiteDir);
  project.provide('baseSiteDir', baseSiteDir);
  project.provide('siteNow', sampleSiteNow);
  return cleanUp;
}
