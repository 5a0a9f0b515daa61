import { describe, expect, it } from 'vitest';
import { benchRows, budgetSummary, formatTable } from '../../../tools/bench/report.ts';
import type { BenchResults, BuildRuns, BuildSection, SyncRun, TimedBuild } from '../../../tools/bench/results.ts';

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
const withBuilds = (site: BuildSection['site'], bare: BuildRuns): BenchResults => ({
  ...results,
  build: {
    pages: 10,
    pagesByKind: {},
    site,
    bare: { pages: 10, runs: bare },
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

  it('judges the cold build’s peak memory against 4 GiB by its largest run and shows the load average of every run', () => {
    const build = (...coldPeaks: (number | undefined)[]) =>
      withBuilds(
        {
          cold: [timed(60, { peakRssBytes: coldPeaks[0] }), timed(62, { peakRssBytes: coldPeaks[1] })],
          warm: [timed(30), timed(31)],
        },
        [timed(25), timed(24)],
      );
    const peak = (...coldPeaks: (number | undefined)[]) =>
      benchRows(build(...coldPeaks)).find((row) => row.figure.startsWith('cold build, peak RSS'));
    expect(peak(3 * 2 ** 30, 2 * 2 ** 30)).toMatchObject({ value: '3.00 GiB', budget: '< 4.00 GiB', met: true });
    expect(peak(3 * 2 ** 30, 4 * 2 ** 30)).toMatchObject({ met: false });
    expect(peak(3 * 2 ** 30, undefined)).toMatchObject({ value: 'not measured', met: false });
    const loads = benchRows(build()).find((row) => row.figure.startsWith('load average'));
    expect(loads?.value).toBe('1.50→2.25, 1.50→2.25, 1.50→2.25; 1.50→2.25, 1.50→2.25, 1.50→2.25');
  });

  it('judges each build by its fastest run, the ratios the fastest site build ÷ the fastest bare one, and lists every run', () => {
    const rows = benchRows(
      withBuilds({ cold: [timed(70), timed(60)], warm: [timed(30), timed(33)] }, [timed(28), timed(25)]),
    );
    const value = (figure: string) => rows.find((row) => row.figure.startsWith(figure))?.value;
    expect(value('bare Astro')).toBe('25.0 s (runs 28.0 s, 25.0 s)');
    expect(value('cold build, empty')).toBe('60.0 s (runs 70.0 s, 60.0 s)');
    expect(value('warm build, caches')).toBe('30.0 s (runs 30.0 s, 33.0 s)');
    expect(value('cold build ÷ bare')).toBe('2.40×');
    expect(value('warm build ÷ bare')).toBe('1.20×');
  });

  it('shows the least processor time of each build, the site’s against the bare build’s, where every run’s was read', () => {
    const rows = (bareCpu: number | undefined, siteWarmCpu: number | undefined) =>
      benchRows(
        withBuilds(
          {
            cold: [timed(60, { cpuSeconds: 120 }), timed(61, { cpuSeconds: 130 })],
            warm: [timed(30, { cpuSeconds: siteWarmCpu }), timed(31, { cpuSeconds: 50 })],
          },
          [timed(25, { cpuSeconds: 32 }), timed(24, { cpuSeconds: bareCpu })],
        ),
      ).find((row) => row.figure.startsWith('processor time'));
    expect(rows(30, 45)?.value).toBe('120.0 s (4.00×), 45.0 s (1.50×), 30.0 s');
    expect(rows(undefined, 45)).toBeUndefined();
    expect(rows(30, undefined)).toBeUndefined();
  });
});
