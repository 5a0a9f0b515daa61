import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

/**
 * Builds the sample site once into a temporary folder for every test under tests/pages/ and tests/site/; they
 * find it with `inject('siteDir')`. The clock is pinned so "upcoming" and "past" never drift with the date.
 */

/** After the October meeting, before the December ones: the sample then has both past and upcoming events. */
export const sampleSiteNow = '2026-11-23T12:00:00+09:00';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteNow: string;
  }
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const astroCli = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

export default async function buildSampleSite(project: TestProject): Promise<() => Promise<void>> {
  const siteDir = await mkdtemp(join(tmpdir(), 'hiroba-site-'));
  const env: NodeJS.ProcessEnv = { ...process.env, HIROBA_NOW: sampleSiteNow, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.HIROBA_CONTENT_DIR;
  try {
    await promisify(execFile)(process.execPath, [astroCli, 'build', '--outDir', siteDir], {
      cwd: projectRoot,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    await rm(siteDir, { recursive: true, force: true });
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build of the sample site failed:\n${stdout}\n${stderr}`);
  }
  project.provide('siteDir', siteDir);
  project.provide('siteNow', sampleSiteNow);
  return () => rm(siteDir, { recursive: true, force: true });
}
