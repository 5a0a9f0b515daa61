import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/checker/check.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import { benchSizes } from './bench-sizes.ts';
import { budgets } from './budgets.ts';
import { measureBuilds } from './build-run.ts';
import { generateContent } from './generate-content.ts';
import { measureLighthouse } from './lighthouse-site.ts';
import type { BenchOptions } from './options.ts';
import { pageWeights, searchFirstQuery, weightSection } from './page-weight.ts';
import type { BenchResults } from './results.ts';
import { measureSync } from './sync-run.ts';
import { sampleRoles, writeContentTree } from './write-content.ts';

export interface BenchPlaces {
  projectRoot: string;
  /** Temporary folder for the generated content and the built projects. */
  workDir: string;
  /** bench-results/: logs and Lighthouse reports go here. */
  resultsDir: string;
}

/** One bench run: generate the content, then measure each part not skipped; a part that fails is reported, not fatal. */
export async function runBench(
  options: BenchOptions,
  places: BenchPlaces,
  say: (message: string) => void,
): Promise<BenchResults> {
  const { projectRoot, workDir, resultsDir } = places;
  const sampleRoot = join(projectRoot, 'content');
  const contentDir = join(workDir, 'content');
  const logDir = join(resultsDir, 'logs', options.size);
  const now = new Date();

  const roles = await sampleRoles(sampleRoot);
  const generated = generateContent(benchSizes[options.size], roles, now);
  await writeContentTree(contentDir, sampleRoot, generated);
  const check = await checkContent(contentDir, now, workDir);
  const checked = check.content;
  if (!check.ok || !checked) {
    throw new Error(
      `The generated content does not pass the content check:\n${check.problems.slice(0, 10).map(formatProblem).join('\n')}`,
    );
  }
  say(`generated ${check.fileCount} content files in ${contentDir} (content check passed)`);

  const results: BenchResults = {
    startedAt: now.toISOString(),
    size: options.size,
    content: {
      conditions: generated.conditions.length,
      rooms: generated.rooms.length,
      events: generated.events.length,
      roles: roles.length,
      guides: check.content?.guides.length ?? 0,
    },
    machine: {
      cpus: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: process.platform,
    },
    failures: [],
    skipped: [...options.skip],
  };
  const attempt = async (part: string, measure: () => Promise<void>) => {
    try {
      await measure();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      say(`${part} could not be measured: ${message}`);
      results.failures.push({ part, error: message });
    }
  };

  if (!options.skip.has('build')) {
    await attempt('build', async () => {
      const { conditions, rooms, events, roles: roleEntries, guides } = checked;
      const slugs = new Set([...conditions, ...rooms, ...events, ...roleEntries, ...guides].map((entry) => entry.id));
      const builds = await measureBuilds({ projectRoot, workDir, contentDir, slugs, now, logDir, say });
      results.build = builds.section;
      say('measuring page weights…');
      const weights = await pageWeights(builds.distDir);
      results.weight = weightSection(weights, budgets.pageHtmlCssGzip, await searchFirstQuery(builds.distDir, weights));
    });
  }
  if (!options.skip.has('sync')) {
    await attempt('sync', async () => {
      results.sync = await measureSync({
        projectRoot,
        timeScale: options.syncTimeScale,
        contentDir,
        generated,
        now,
        logDir,
        say,
      });
      if (results.sync.error) throw new Error(results.sync.error);
    });
  }
  if (!options.skip.has('lighthouse')) {
    await attempt('lighthouse', async () => {
      say('building the sample site and running Lighthouse…');
      results.lighthouse = await measureLighthouse(projectRoot, workDir, logDir, join(resultsDir, 'lighthouse'));
    });
  }
  return results;
}
