import { execFile, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { stripVTControlCharacters } from 'node:util';
import { fileExists } from '../../src/lib/kept-files.ts';
import type { ProcessUsage } from './process-usage.ts';
import type { AstroProject } from './project-snapshot.ts';

/**
 * Runs `astro build` as a child process and times it from spawn to exit with performance.now(). The log is
 * kept line by line with the moment each line arrived, so a slow build can be broken down into its phases.
 */

export interface LogLine {
  /** Milliseconds since the build started. */
  atMs: number;
  text: string;
}

export interface BuildRun {
  wallMs: number;
  /** The largest peak resident memory of the build's node processes, in bytes (./process-usage.ts). */
  peakRssBytes: number | undefined;
  /** The processor time of all the build's node processes and their threads (./process-usage.ts). */
  cpuSeconds: number | undefined;
  lines: LogLine[];
  logFile: string;
}

/**
 * What a build finds: nothing (`cold`, a fresh clone); the caches and the last build's output (`warm`, a second
 * `npm run build`); the caches and no output (`cached`: the bare yardstick's second round, at its best).
 */
export type BuildKind = 'cold' | 'warm' | 'cached';

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

/** Environment of every benchmarked build: no telemetry, no colours in the log, room for a large site. */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    NODE_OPTIONS: [process.env.NODE_OPTIONS, '--max-old-space-size=8192'].filter(Boolean).join(' '),
    ...extra,
  };
}

/**
 * Clears what a build of the given kind must not reuse: a cold build starts with no output, no rendered images and no
 * Astro cache, as on a fresh clone; a warm build finds both caches and the last build's output, as a second
 * `npm run build` does, and what it does with that output is part of its time (the site writes over it,
 * src/lib/previous-output.ts; Astro alone empties it, 2.5–3.6 s of its main thread for the national set, then each
 * new file passes over the inodes just freed). The bare yardstick's second round is `cached`: its output is set aside
 * first, so that its best time never holds the emptying the site's build does without.
 * Old folders are moved into the bench's work folder `workDir` (on the same file system, and removed
 * at the bench's end), not deleted: on ext4 a new file skips every inode freed in the last minutes
 * (`recently_deleted`, 60 s and more while the inode table is unwritten), so deleting the 45,000 files of the last
 * build just before made each of the cold build's 31,000 new files pay for them, which no fresh clone does. Measured
 * on the national set, two builds of each: system time 22.6 and 27.4 s after deleting, 11.6 and 10.4 s after moving
 * aside; wall 52.6 and 55.6 s against 49.0 and 47.2 s.
 */
export async function prepareBuild(project: AstroProject, kind: BuildKind, workDir: string): Promise<void> {
  const caches = [project.imageCacheDir, project.cacheDir, join(project.root, '.astro')];
  const setAside = { cold: [project.outDir, ...caches], cached: [project.outDir], warm: [] }[kind];
  if (setAside.length > 0) {
    const asideRoot = join(workDir, 'set-aside');
    await mkdir(asideRoot, { recursive: true });
    const aside = await mkdtemp(join(asideRoot, 'build-'));
    for (const [at, folder] of setAside.entries()) {
      if (await fileExists(folder)) await rename(folder, join(aside, String(at)));
    }
  }
  // A cold build leaves hundreds of megabytes for the kernel to write out, and the next build's file calls wait for
  // it (measured: the warm build's search index took 5.0 s to write instead of 1.9 s). Every build starts once the
  // disk has caught up, the bare ones as the site's.
  await new Promise<void>((resolve) => execFile('sync', () => resolve()));
}

export async function timedBuild(project: AstroProject, env: NodeJS.ProcessEnv, logFile: string): Promise<BuildRun> {
  const lines: LogLine[] = [];
  // Written as it comes, so a long build can be watched with tail -f.
  await mkdir(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const record = (line: LogLine) => {
    lines.push(line);
    log.write(`${(line.atMs / 1000).toFixed(2).padStart(8)}s ${line.text}\n`);
  };
  const usageDir = await mkdtemp(join(tmpdir(), 'hiroba-build-usage-'));
  const usageEnv = {
    ...env,
    HIROBA_BENCH_USAGE_DIR: usageDir,
    NODE_OPTIONS: [env.NODE_OPTIONS, `--import=${processUsageScript}`].filter(Boolean).join(' '),
  };
  const started = performance.now();
  const child = spawn(process.execPath, [astroBin, 'build', '--config', project.configFile], {
    cwd: project.root,
    env: usageEnv,
  });
  const collect = (chunk: Buffer, carry: { rest: string }) => {
    const atMs = performance.now() - started;
    const parts = (carry.rest + chunk.toString('utf8')).split('\n');
    carry.rest = parts.pop() ?? '';
    for (const text of parts) record({ atMs, text: stripVTControlCharacters(text) });
  };
  const out = { rest: '' };
  const err = { rest: '' };
  child.stdout.on('data', (chunk: Buffer) => collect(chunk, out));
  child.stderr.on('data', (chunk: Buffer) => collect(chunk, err));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const wallMs = performance.now() - started;
  for (const rest of [out.rest, err.rest]) if (rest) record({ atMs: wallMs, text: stripVTControlCharacters(rest) });
  await new Promise((resolve) => log.end(resolve));
  const { peakRssBytes, cpuSeconds } = await processUsage(usageDir);
  if (code !== 0) {
    const tail = lines
      .slice(-15)
      .map((line) => line.text)
      .join('\n');
    throw new Error(
      `astro build in ${project.root} exited with ${code} after ${(wallMs / 1000).toFixed(1)} s (log: ${logFile}):\n${tail}`,
    );
  }
  return { wallMs, lines, logFile, peakRssBytes, cpuSeconds };
}

function readUsage(text: string): ProcessUsage {
  const { peakRssBytes, cpuSeconds }: Record<string, unknown> = JSON.parse(text);
  if (typeof peakRssBytes !== 'number' || typeof cpuSeconds !== 'number')
    throw new Error(`A benchmarked process wrote what it used as ${text}, not as its peak memory and CPU time.`);
  return { peakRssBytes, cpuSeconds };
}

const processUsageScript = pathToFileURL(join(import.meta.dirname, 'process-usage.ts')).href;

/**
 * The largest of the peaks the build's processes wrote and the sum of their processor time, or undefined when none
 * wrote (a build that was killed).
 */
async function processUsage(
  usageDir: string,
): Promise<{ peakRssBytes: number | undefined; cpuSeconds: number | undefined }> {
  const files = await readdir(usageDir);
  const usages = await Promise.all(files.map(async (file) => readUsage(await readFile(join(usageDir, file), 'utf8'))));
  await rm(usageDir, { recursive: true, force: true });
  if (usages.length === 0) return { peakRssBytes: undefined, cpuSeconds: undefined };
  return {
    peakRssBytes: Math.max(...usages.map((usage) => usage.peakRssBytes)),
    cpuSeconds: usages.reduce((total, usage) => total + usage.cpuSeconds, 0),
  };
}
