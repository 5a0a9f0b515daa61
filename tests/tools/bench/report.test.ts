import { describe, expect, it } from 'vitest';
import { benchRows, budgetSummary, formatTable } from '../../../tools/bench/report.ts';
import type { BenchResults, BuildSection, SyncRun, TimedBuild } from '../../../tools/bench/results.ts';

const run = (writes: number, reads: number, emulatedSeconds: number): SyncRun => ({
  writes,
  reads,
  emulatedSeconds,
  realSeconds: emulatedSeconds / 60,
  floorSeconds: writes,
  exitCode: 0,
  failed: 0,
});

const results: BenchResults = {
  startedAt: '2026-11-23T08:00:00.000Z',
  size: 'small',
  content: { conditions: 20, rooms: 100, events: 30, roles: 6, guides: 2 },
  machine: { cpus: 2, memoryGiB: 24, node: 'v24', platform: 'linux' },
  sync: {
    limitPerMinute: 60,
    timeScale: 60,
    rooms: 100,
    first: run(500, 10, 540),
    noop: run(0, 103, 100),
    change: { ...run(20, 50, 70), changedEvents: [] },
  },
  lighthouse: [
    {
      label: 'home',
      path: '/',
      scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
      failedAudits: [],
      warnings: [],
      externalRequests: [],
    },
    {
      label: 'room',
      path: '/rooms/mpa/',
      scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 },
      failedAudits: [],
      warnings: [],
      externalRequests: [],
    },
  ],
  failures: [{ part: 'build', error: 'astro build exited with 1\nmore detail' }],
  skipped: [],
};

/** A build that took `seconds`, with what its processes used where that was read. */
const timed = (
  seconds: number,
  usage: Pick<TimedBuild, 'peakRssBytes' | 'cpuSeconds'> = {},
  load = { loadBefore: 1.5, loadAfter: 2.25 },
): TimedBuild => ({ seconds, ...load, ...usage, profile: { phases: {}, routes: {} }, log: 'build.log' });

/** The results of a run whose builds are these. */
const withBuilds = (site: BuildSection['site'], bare: Omit<BuildSection['bare'], 'pages'>): BenchResults => ({
  ...results,
  build: {
    pages: 10,
    pagesByKind: {},
    site,
    bare: { pages: 10, ...bare },
    bareSeconds: 24,
    ratios: { cold: 2.5, warm: 1.25 },
  },
});

describe('the bench report', () => {
  const rows = benchRows(results);
  const row = (figure: string) => rows.find((candidate) => candidate.figure.startsWith(figure))!;

  it('judges the sync against its budgets', () => {
    expect(row('sync: first apply ÷ floor').met).toBe(true);
    expect(row('sync: no-op writes').met).toBe(true);
    expect(row('sync: no-op reads')).toMatchObject({ value: '103', budget: '≤ 2 + rooms = 102', met: false });
  });

  it('asks for 100 in every Lighthouse category of every page', () => {
    expect(row('Lighthouse home').met).toBe(true);
    expect(row('Lighthouse room').met).toBe(false);
  });

  it('lists the missed budgets and the parts that could not be measured', () => {
    const summary = budgetSummary(rows, results.failures);
    expect(summary).toContain('Budgets met: 3 of 5.');
    expect(summary).toContain('missed: sync: no-op reads — 103');
    expect(summary).toContain('not measured: build — astro build exited with 1');
    expect(summary).not.toContain('more detail');
  });

  it('lines up the columns, counting Japanese characters as two', () => {
    const table = formatTable([
      { figure: 'ページ', value: '1' },
      { figure: 'page', value: '2', budget: '≤ 3', met: true },
    ]).split('\n');
    expect(table[2]).toBe('ページ | 1     |        |');
    expect(table[3]).toBe('page   | 2     | ≤ 3    | met');
  });

  it('judges the cold build’s peak memory against 4 GiB and shows the load average of every build', () => {
    const build = (coldPeak?: number) =>
      withBuilds(
        { cold: timed(60, { peakRssBytes: coldPeak }), warm: timed(30) },
        { cold: timed(25), warm: timed(24) },
      );
    const peak = (coldPeak?: number) => benchRows(build(coldPeak)).find((row) => row.figure === 'cold build, peak RSS');
    expect(peak(3 * 2 ** 30)).toMatchObject({ value: '3.00 GiB', budget: '< 4.00 GiB', met: true });
    expect(peak(4 * 2 ** 30)).toMatchObject({ met: false });
    expect(peak(undefined)).toMatchObject({ value: 'not measured', met: false });
    const loads = benchRows(build()).find((row) => row.figure.startsWith('load average'));
    expect(loads?.value).toBe('1.50→2.25, 1.50→2.25, 1.50→2.25, 1.50→2.25');
  });

  it('shows the processor time of every build, the site’s against the bare build’s smaller one, where it was read', () => {
    const rows = (bareWarmCpu: number | undefined, siteWarmCpu: number | undefined) =>
      benchRows(
        withBuilds(
          { cold: timed(60, { cpuSeconds: 120 }), warm: timed(30, { cpuSeconds: siteWarmCpu }) },
          { cold: timed(25, { cpuSeconds: 32 }), warm: timed(24, { cpuSeconds: bareWarmCpu }) },
        ),
      ).find((row) => row.figure.startsWith('processor time'));
    expect(rows(30, 45)?.value).toBe('120.0 s (4.00×), 45.0 s (1.50×), 32.0 s, 30.0 s');
    expect(rows(undefined, 45)?.value).toBe('120.0 s (3.75×), 45.0 s (1.41×), 32.0 s, not measured');
    expect(rows(30, undefined)).toBeUndefined();
  });
});
