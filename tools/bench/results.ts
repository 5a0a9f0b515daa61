import type { BuildProfile } from './build-profile.ts';
import type { LighthouseResult } from './lighthouse-result.ts';
import type { PageWeight, WeightSummary } from './page-weight.ts';

/** Everything one bench run measured: what bench.json holds. */
export interface BenchResults {
  startedAt: string;
  size: string;
  content: { conditions: number; rooms: number; events: number; roles: number; guides: number };
  machine: { cpus: number; memoryGiB: number; node: string; platform: string };
  build?: BuildSection;
  weight?: WeightSection;
  sync?: SyncSection;
  lighthouse?: LighthouseResult[];
  /** Parts that were asked for but could not run, and why. */
  failures: { part: string; error: string }[];
  skipped: string[];
}

export interface TimedBuild {
  seconds: number;
  /** One-minute load average when the build started: how busy the machine was with other work. */
  loadBefore: number;
  /** One-minute load average when the build ended. */
  loadAfter: number;
  /** Peak resident memory of the build, in bytes, where it could be read. */
  peakRssBytes?: number | undefined;
  /** Processor time of the build's processes and all their threads, in seconds, where it could be read. */
  cpuSeconds?: number | undefined;
  profile: BuildProfile;
  log: string;
}

/**
 * Every run of one build, in the order they ran. On a shared machine other work only ever adds time, so a build is
 * judged by its fastest run, the one least disturbed; the site's builds and the bare one are run as often, by
 * turns, so a slow spell of the machine falls on both.
 */
export type BuildRuns = [TimedBuild, ...TimedBuild[]];

/** The run of `runs` that took the least time. */
export const fastestRun = (runs: BuildRuns): TimedBuild =>
  runs.reduce((fastest, run) => (run.seconds < fastest.seconds ? run : fastest));

export interface BuildSection {
  /** HTML pages in the real site's output. */
  pages: number;
  pagesByKind: Record<string, number>;
  site: { cold: BuildRuns; warm: BuildRuns };
  bare: { pages: number; runs: BuildRuns };
}

/** Gzip bytes of what the search page fetches for its first query, at most (tools/bench/page-weight.ts). */
export interface SearchFirstQuery {
  /** The search page's script. */
  script: number;
  /** The index of the site's words. */
  index: number;
  /** The largest share of the other words. */
  words: number;
  /** The files of the largest pages one result list shows. */
  pages: number;
  total: number;
}

export interface WeightSection {
  method: string;
  /** Pages outside search. */
  htmlCss: WeightSummary;
  js: WeightSummary;
  /** The pages with a quick exit, which load its script and nothing else. */
  quickExitJs: WeightSummary;
  /** The search page(s), reported on their own: they run the site search's script. */
  search: PageWeight[];
  /** Gzip bytes the search page fetches for its first query, at most. */
  searchFirstQuery?: SearchFirstQuery;
  heaviest: PageWeight[];
  overBudget: number;
}

export interface SyncRun {
  writes: number;
  reads: number;
  /** Requests the emulator answered (including refused ones), where it reports them. */
  served?: number;
  rateLimited?: number;
  /** Requests the emulator answered during this apply, by endpoint: what the reads and writes were. */
  byRoute?: Record<string, number>;
  /** Wall time on the emulated clock. */
  emulatedSeconds: number;
  realSeconds: number;
  /** The least time the writes can take under the limit: writes ÷ limit. */
  floorSeconds: number;
  exitCode: number;
  /** Items by planned action (create, update, unchanged…), as the sync reports them. */
  actions?: Record<string, number>;
  failed: number;
  failures?: string[];
}

export interface SyncSection {
  limitPerMinute: number;
  timeScale: number;
  rooms: number;
  first?: SyncRun;
  noop?: SyncRun;
  change?: SyncRun & { changedEvents: string[] };
  /** Why the runs stopped early, when they did. */
  error?: string;
}
