import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createBareBaseline } from './bare-baseline.ts';
import { profileBuild } from './build-profile.ts';
import { buildEnv, prepareBuild, timedBuild, type BuildKind } from './build-timing.ts';
import { builtPages } from './dist-pages.ts';
import { countByKind } from './page-kinds.ts';
import { snapshotProject, type AstroProject } from './project-snapshot.ts';
import type { BuildRuns, BuildSection, TimedBuild } from './results.ts';

/**
 * The build measurements: the real site from a snapshot of the project over the generated content, cold then
 * warm, and a bare Astro + MDX project building the same number of pages from the same content, all in this run on
 * this machine, in rounds of the three, each build judged by its fastest run (./results.ts).
 */

/**
 * Rounds of the three builds. Measured here, one build's runs minutes apart differed by up to 36 %: a single site
 * run against the faster of two bare runs judged the machine's mood as much as the site.
 */
const buildRounds = 2;

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
  const build = async (project: AstroProject, name: string, kind: BuildKind, round: number): Promise<TimedBuild> => {
    await prepareBuild(project, kind, workDir);
    // Other work on the machine slows a build down; the load average says how busy it was.
    const [loadBefore = 0] = loadavg();
    const label = `${name} (${kind}, round ${round})`;
    say(`building ${label}, load average ${loadBefore.toFixed(2)}…`);
    const run = await timedBuild(project, env, join(logDir, `${name}-${kind}-${round}.log`));
    const [loadAfter = 0] = loadavg();
    say(`  ${label}: ${(run.wallMs / 1000).toFixed(1)} s, load average ${loadAfter.toFixed(2)} at the end`);
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

  // By turns, so that a slow spell of the machine falls on the site's builds and the bare one alike. The bare
  // project is made after the site's first build, whose pages it counts.
  let bare: AstroProject | undefined;
  let pagesByKind = new Map<string, number>();
  let sitePages: string[] = [];
  const rounds: { cold: TimedBuild; bare: TimedBuild; warm: TimedBuild }[] = [];
  for (let round = 1; round <= buildRounds; round++) {
    const cold = await build(site, 'site', 'cold', round);
    if (!bare) {
      sitePages = (await builtPages(site.outDir)).map((page) => page.path);
      pagesByKind = countByKind(sitePages, slugs);
      bare = await createBareBaseline(join(workDir, 'bare'), projectRoot, contentDir, pagesByKind);
    }
    // The bare project has no image cache: its second run keeps only Astro's own, into an empty output.
    const bareRun = await build(bare, 'bare', round === 1 ? 'cold' : 'cached', round);
    const warm = await build(site, 'site', 'warm', round);
    rounds.push({ cold, bare: bareRun, warm });
  }
  const [first, ...more] = rounds;
  if (!first || !bare) throw new Error('The bench ran no builds.');
  const runsOf = (kind: 'cold' | 'bare' | 'warm'): BuildRuns => [first[kind], ...more.map((each) => each[kind])];
  const barePages = (await builtPages(bare.outDir)).length;
  if (barePages !== sitePages.length)
    throw new Error(
      `The bare baseline built ${barePages} pages, the site ${sitePages.length}: the comparison would be unfair.`,
    );

  return {
    distDir: site.outDir,
    section: {
      pages: sitePages.length,
      pagesByKind: Object.fromEntries(pagesByKind),
      site: { cold: runsOf('cold'), warm: runsOf('warm') },
      bare: { pages: barePages, runs: runsOf('bare') },
    },
  };
}
