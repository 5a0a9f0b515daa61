import { join } from 'node:path';
import { buildEnv, prepareBuild, timedBuild } from './build-timing.ts';
import { builtPages } from './dist-pages.ts';
import { runLighthouse, type LighthousePage, type LighthouseResult } from './lighthouse-run.ts';
import { snapshotProject } from './project-snapshot.ts';

/**
 * Lighthouse looks at the site staff actually publish: the sample content in content/, built from its own
 * snapshot of the project, on the home page, a room page and an event page.
 */
export async function measureLighthouse(projectRoot: string, workDir: string, logDir: string, reportDir: string): Promise<LighthouseResult[]> {
  const project = await snapshotProject(projectRoot, join(workDir, 'sample-site'));
  await prepareBuild(project, 'cold');
  await timedBuild(project, buildEnv({ HIROBA_CONTENT_DIR: join(projectRoot, 'content') }), join(logDir, 'sample-site.log'));
  const paths = (await builtPages(project.outDir)).map((page) => page.path);
  return runLighthouse(project.outDir, auditedPages(paths), reportDir);
}

/** The home page and the first room and event page of the built site (not a room's flyer or other sub-page). */
export function auditedPages(paths: readonly string[]): LighthousePage[] {
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
