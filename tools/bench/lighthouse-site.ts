import { join } from 'node:path';
import { buildEnv, prepareBuild, timedBuild } from './build-timing.ts';
import { builtPages } from './dist-pages.ts';
import type { LighthousePage, LighthouseResult, RunLighthouse } from './lighthouse-result.ts';
import { snapshotProject } from './project-snapshot.ts';

/**
 * Lighthouse looks at the site staff actually publish: the sample content in content/, built from its own
 * snapshot of the project, on the home page, a room page and an event page.
 */
export async function measureLighthouse(
  projectRoot: string,
  workDir: string,
  logDir: string,
  reportDir: string,
): Promise<LighthouseResult[]> {
  const runLighthouse = await loadLighthouseRun();
  const project = await snapshotProject(projectRoot, join(workDir, 'sample-site'));
  await prepareBuild(project, 'cold', workDir);
  await timedBuild(
    project,
    buildEnv({ HIROBA_CONTENT_DIR: join(projectRoot, 'content') }),
    join(logDir, 'sample-site.log'),
  );
  const paths = (await builtPages(project.outDir)).map((page) => page.path);
  return runLighthouse(project.outDir, auditedPages(paths), reportDir);
}

/**
 * lighthouse-run.ts imports the bench's own packages (see bench-tools.ts). Its address is built at run time so
 * that neither the root typecheck nor a test that imports the bench follows it there.
 */
async function loadLighthouseRun(): Promise<RunLighthouse> {
  const module: { runLighthouse: RunLighthouse } = await import(new URL('lighthouse-run.ts', import.meta.url).href);
  return module.runLighthouse;
}

/** The home page and the first room and event page of the built site (not a room's flyer or other sub-page). */
function auditedPages(paths: readonly string[]): LighthousePage[] {
  const firstUnder = (folder: string) => {
    const path = paths.find((candidate) => new RegExp(`^/${folder}/[^/]+/$`).test(candidate));
    if (!path) throw new Error(`the built sample site has no page under /${folder}/`);
    return path;
  };
  return [
    { label: 'home', path: '/' },
    { label: 'room', path: firstUnder('rooms') },
    { label: 'event', path: firstUnder('events') },
  ];
}
