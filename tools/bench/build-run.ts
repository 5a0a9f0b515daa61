import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createBareBaseline } from './bare-baseline.ts';
import { profileBuild } from './build-profile.ts';
import { buildEnv, prepareBuild, timedBuild, type BuildKind } from './build-timing.ts';
import { builtPages } from './dist-pages.ts';
import { countByKind } from './page-kinds.ts';
import { snapshotProject, type AstroProject } from './project-snapshot.ts';
import type { BuildSection, TimedBuild } from './results.ts';

/**
 * The build measurements: the real site from a snapshot of the project over the generated content, cold then
 * warm, and a bare Astro + MDX project building the same number of pages from the same content, twice, all in this
 * run on this machine.
 */

export interface BuildMeasurement {
  section: BuildSection;
  /** The real site's output, for the page weights. */
  distDir: string;
}

export interface BuildInputs {
  projectRoot: string;
  workDir: string;
  contentDir: string;
  /** Every entry slug of the content, to group pages by kind. */
  slugs: ReadonlySet<string>;
  /** The moment the content was generated for, pinned for the build (HIROBA_NOW). */
  now: Date;
  logDir: string;
  /** Progress lines for the person waiting. */
  say: (message: string) => void;
}

export async function measureBuilds(inputs: BuildInputs): Promise<BuildMeasurement> {
  const { projectRoot, workDir, contentDir, slugs, now, logDir, say } = inputs;
  const env = buildEnv({ HIROBA_CONTENT_DIR: contentDir, HIROBA_NOW: now.toISOString() });

  const site = await snapshotProject(projectRoot, join(workDir, 'site'));
  const build = async (project: AstroProject, name: string, kind: BuildKind): Promise<TimedBuild> => {
    await prepareBuild(project, kind);
    // Other work on the machine slows a build down; the load average says how busy it was.
    const [loadBefore = 0] = loadavg();
    say(`building ${name} (${kind}), load average ${loadBefore.toFixed(2)}…`);
    const run = await timedBuild(project, env, join(logDir, `${name}-${kind}.log`));
    const [loadAfter = 0] = loadavg();
    say(`  ${name} (${kind}): ${(run.wallMs / 1000).toFixed(1)} s, load average ${loadAfter.toFixed(2)} at the end`);
    return {
      seconds: run.wallMs / 1000,
      loadBefore,
      loadAfter,
      peakRssBytes: run.peakRssBytes,
      cpuSeconds: run.cpuSeconds,
      profile: profileBuild(run.lines, slugs),
      log: run.logFile,
    };
  };

  const siteCold = await build(site, 'site', 'cold');
  const siteWarm = await build(site, 'site', 'warm');
  const sitePages = (await builtPages(site.outDir)).map((page) => page.path);
  const pagesByKind = countByKind(sitePages, slugs);

  const bare = await createBareBaseline(join(workDir, 'bare'), projectRoot, contentDir, pagesByKind);
  const bareCold = await build(bare, 'bare', 'cold');
  const bareWarm = await build(bare, 'bare', 'warm');
  const barePages = (await builtPages(bare.outDir)).length;
  if (barePages !== sitePages.length)
    throw new Error(
      `The bare baseline built ${barePages} pages, the site ${sitePages.length}: the comparison would be unfair.`,
    );
  // Both bare builds do the same work (it has no image cache); the faster is the one least disturbed by the machine.
  const bareSeconds = Math.min(bareCold.seconds, bareWarm.seconds);

  return {
    distDir: site.outDir,
    section: {
      pages: sitePages.length,
      pagesByKind: Object.fromEntries(pagesByKind),
      site: { cold: siteCold, warm: siteWarm },
      bare: { pages: barePages, cold: bareCold, warm: bareWarm },
      bareSeconds,
      ratios: { cold: siteCold.seconds / bareSeconds, warm: siteWarm.seconds / bareSeconds },
    },
  };
}
