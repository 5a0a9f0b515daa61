import { budgets } from './budgets.ts';
import { lighthouseCategories, type LighthouseResult } from './lighthouse-result.ts';
import {
  fastestRun,
  type BenchResults,
  type BuildRuns,
  type BuildSection,
  type SearchFirstQuery,
  type SyncRun,
  type SyncSection,
  type TimedBuild,
  type WeightSection,
} from './results.ts';

/**
 * The bench's figures as rows of one table: each with its value and, where issue 5 sets one, the budget and
 * whether this run met it.
 */

export interface Row {
  figure: string;
  value: string;
  budget?: string;
  met?: boolean;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const seconds = (value: number) => `${value.toFixed(1)} s`;
const ratio = (value: number) => `${value.toFixed(2)}×`;
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const load = (build: TimedBuild) => `${build.loadBefore.toFixed(2)}→${build.loadAfter.toFixed(2)}`;

export function benchRows(results: BenchResults): Row[] {
  return [
    ...(results.build ? buildRows(results.build) : []),
    ...(results.weight ? weightRows(results.weight) : []),
    ...(results.sync ? syncRows(results.sync) : []),
    ...(results.lighthouse ?? []).map(lighthouseRow),
  ];
}

function buildRows(build: BuildSection): Row[] {
  const { site, bare } = build;
  const bareSeconds = fastestRun(bare.runs).seconds;
  const ratios = {
    cold: fastestRun(site.cold).seconds / bareSeconds,
    warm: fastestRun(site.warm).seconds / bareSeconds,
  };
  const coldPeak = Math.max(...site.cold.map((run) => run.peakRssBytes ?? Infinity));
  return [
    {
      figure: 'load average, start→end (by round: site cold, bare, site warm)',
      value: site.cold
        .map((cold, at) => [cold, bare.runs[at], site.warm[at]].flatMap((run) => (run ? [load(run)] : [])).join(', '))
        .join('; '),
    },
    { figure: 'HTML pages built (site, bare baseline)', value: `${build.pages}, ${bare.pages}` },
    {
      figure: `bare Astro + MDX build (fastest of ${bare.runs.length} runs)`,
      value: runsValue(bare.runs),
    },
    { figure: `cold build, empty caches (fastest of ${site.cold.length})`, value: runsValue(site.cold) },
    {
      figure: 'cold build ÷ bare',
      value: ratio(ratios.cold),
      budget: `≤ ${budgets.coldBuildRatio}×`,
      met: ratios.cold <= budgets.coldBuildRatio,
    },
    {
      figure: 'cold build, peak RSS (largest run)',
      value: coldPeak === Infinity ? 'not measured' : gib(coldPeak),
      budget: `< ${gib(budgets.coldBuildPeakRss)}`,
      met: coldPeak < budgets.coldBuildPeakRss,
    },
    { figure: `warm build, caches kept (fastest of ${site.warm.length})`, value: runsValue(site.warm) },
    {
      figure: 'warm build ÷ bare',
      value: ratio(ratios.warm),
      budget: `≤ ${budgets.warmBuildRatio}×`,
      met: ratios.warm <= budgets.warmBuildRatio,
    },
    ...cpuRows(build),
  ];
}

/** The fastest run's time, then every run's in the order they ran. */
const runsValue = (runs: BuildRuns) =>
  `${seconds(fastestRun(runs).seconds)} (runs ${runs.map((run) => seconds(run.seconds)).join(', ')})`;

/** The least processor time of `runs`, where every run's was read. */
function leastCpu(runs: BuildRuns): number | undefined {
  const times = runs.map((run) => run.cpuSeconds);
  return times.every((time) => time !== undefined) ? Math.min(...times) : undefined;
}

/**
 * The builds' processor time, all threads: a second view of the same work. Waiting (on the disk, on other work's
 * turn at the processor) stretches the wall time and not this; a processor shared with other work, running slower,
 * stretches both. Not a budget: a build may use both cores.
 */
function cpuRows(build: BuildSection): Row[] {
  const [cold, warm, bare] = [build.site.cold, build.site.warm, build.bare.runs].map(leastCpu);
  if (cold === undefined || warm === undefined || bare === undefined) return [];
  return [
    {
      figure: 'processor time, all threads, least of the runs: site cold, site warm (÷ bare), bare',
      value: `${seconds(cold)} (${ratio(cold / bare)}), ${seconds(warm)} (${ratio(warm / bare)}), ${seconds(bare)}`,
    },
  ];
}

function weightRows(weight: WeightSection): Row[] {
  return [
    { figure: 'HTML+CSS gzip per page, median', value: kib(weight.htmlCss.median) },
    {
      figure: 'HTML+CSS gzip per page, max',
      value: `${kib(weight.htmlCss.max)} ${weight.htmlCss.maxPath}${weight.overBudget > 1 ? ` (${weight.overBudget} pages over)` : ''}`,
      budget: `≤ ${kib(budgets.pageHtmlCssGzip)}`,
      met: weight.htmlCss.max <= budgets.pageHtmlCssGzip,
    },
    { figure: 'JS gzip per page (not search, no quick exit), median', value: `${weight.js.median} B` },
    {
      figure: 'JS gzip per page (not search, no quick exit), max',
      value: `${weight.js.max} B${weight.js.max > 0 ? ` ${weight.js.maxPath}` : ''}`,
      budget: `${budgets.pageJsGzip} B`,
      met: weight.js.max <= budgets.pageJsGzip,
    },
    {
      figure: `JS gzip per page with the quick exit (${weight.quickExitJs.pages} pages), max`,
      value: `${weight.quickExitJs.max} B${weight.quickExitJs.max > 0 ? ` ${weight.quickExitJs.maxPath}` : ''}`,
      budget: `≤ ${budgets.quickExitJsGzip} B`,
      met: weight.quickExitJs.max <= budgets.quickExitJsGzip,
    },
    ...weight.search.map((page) => ({
      figure: `search page ${page.path}`,
      value: `HTML+CSS ${kib(page.htmlCssGzip)}, JS ${kib(page.jsGzip)}`,
      budget: `HTML+CSS ≤ ${kib(budgets.pageHtmlCssGzip)}`,
      met: page.htmlCssGzip <= budgets.pageHtmlCssGzip,
    })),
    ...(weight.searchFirstQuery ? [searchRow(weight.searchFirstQuery)] : []),
  ];
}

function searchRow(first: SearchFirstQuery): Row {
  return {
    figure: 'search: first query fetches, at most',
    value:
      `${kib(first.total)} (script ${kib(first.script)}, index ${kib(first.index)}, ` +
      `largest word share ${kib(first.words)}, 10 largest result pages ${kib(first.pages)})`,
    budget: `≤ ${kib(budgets.searchFirstQueryGzip)}`,
    met: first.total <= budgets.searchFirstQueryGzip,
  };
}

function syncRun(data: SyncRun): string {
  const refused = data.rateLimited ? `, ${data.rateLimited} refused with 429` : '';
  const served = data.served === undefined ? '' : ` (server: ${data.served} answered${refused})`;
  const failed = data.failed ? `, ${data.failed} items FAILED` : '';
  return (
    `${data.writes} writes, ${data.reads} reads${served}, ${seconds(data.emulatedSeconds)} forum time, ${seconds(data.realSeconds)} ` +
    `real${failed}`
  );
}

function syncRows(sync: SyncSection): Row[] {
  const rows: Row[] = [];
  const { first, noop, change } = sync;
  if (first) {
    const toFloor = first.floorSeconds > 0 ? first.emulatedSeconds / first.floorSeconds : Number.POSITIVE_INFINITY;
    const allRequestsFloor = ((first.writes + first.reads) * 60) / sync.limitPerMinute;
    rows.push(
      { figure: 'sync: first apply', value: syncRun(first) },
      {
        figure: 'sync: first apply ÷ floor (writes ÷ limit)',
        value: `${ratio(toFloor)} of ${seconds(first.floorSeconds)}`,
        budget: `≤ ${budgets.firstApplyToFloor}×`,
        met: toFloor <= budgets.firstApplyToFloor,
      },
      {
        figure: 'sync: first apply ÷ ((reads + writes) ÷ limit)',
        value: `${ratio(first.emulatedSeconds / allRequestsFloor)} of ${seconds(allRequestsFloor)}`,
      },
    );
  }
  if (noop) {
    rows.push(
      { figure: 'sync: no-op apply', value: syncRun(noop) },
      {
        figure: 'sync: no-op writes',
        value: String(noop.writes),
        budget: String(budgets.noopWrites),
        met: noop.writes <= budgets.noopWrites,
      },
      {
        figure: 'sync: no-op reads',
        value: String(noop.reads),
        budget: `≤ 2 + rooms = ${budgets.noopReads(sync.rooms)}`,
        met: noop.reads <= budgets.noopReads(sync.rooms),
      },
    );
  }
  if (change) rows.push({ figure: 'sync: ten-event change', value: syncRun(change) });
  return rows;
}

function lighthouseRow(page: LighthouseResult): Row {
  const scores = lighthouseCategories.map((category) => `${category} ${page.scores[category] ?? '—'}`).join(', ');
  return {
    figure: `Lighthouse ${page.label} ${page.path}`,
    value: page.error ? `failed: ${page.error}` : scores,
    budget: `${budgets.lighthouseScore} in all four`,
    met: lighthouseCategories.every((category) => page.scores[category] === budgets.lighthouseScore),
  };
}

export function formatTable(rows: Row[]): string {
  const header: Row = { figure: 'figure', value: 'value', budget: 'budget' };
  const cells = [header, ...rows].map((row, index) => [
    row.figure,
    row.value,
    row.budget ?? '',
    index === 0 ? 'result' : row.met === undefined ? '' : row.met ? 'met' : 'MISSED',
  ]);
  const widths = [0, 1, 2, 3].map((column) => Math.max(...cells.map((cell) => width(cell[column] ?? ''))));
  const line = (cell: string[]) =>
    cell
      .map((text, column) => text + ' '.repeat((widths[column] ?? 0) - width(text)))
      .join(' | ')
      .trimEnd();
  const [head = [], ...body] = cells;
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-+-'), ...body.map(line)].join('\n');
}

/** Display width in a terminal: East Asian wide characters take two columns. */
function width(text: string): number {
  let columns = 0;
  for (const char of text)
    columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
      char,
    )
      ? 2
      : 1;
  return columns;
}

export function budgetSummary(rows: Row[], failures: BenchResults['failures']): string {
  const judged = rows.filter((row) => row.met !== undefined);
  const missed = judged.filter((row) => !row.met);
  return [
    `Budgets met: ${judged.length - missed.length} of ${judged.length}.`,
    ...missed.map((row) => `  missed: ${row.figure} — ${row.value} (budget ${row.budget})`),
    ...failures.map((failure) => `  not measured: ${failure.part} — ${failure.error.split('\n')[0]}`),
  ].join('\n');
}

/** Where the real site's build time went, cold and warm: the phases of the log and the costliest kinds of route. */
export function buildProfileSummary(build: BuildSection): string {
  const lines: string[] = [];
  for (const kind of ['cold', 'warm'] as const) {
    const fastest = fastestRun(build.site[kind]);
    const { phases, routes } = fastest.profile;
    const phaseText = Object.entries(phases)
      .filter(([, ms]) => ms >= 100)
      .sort((a, b) => b[1] - a[1])
      .map(([phase, ms]) => `${phase} ${seconds(ms / 1000)}`)
      .join(', ');
    lines.push(`${kind} build, fastest run, ${seconds(fastest.seconds)}: ${phaseText}`);
    for (const [route, cost] of Object.entries(routes)
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 5)) {
      lines.push(`  ${route}: ${cost.count} × ${(cost.ms / cost.count).toFixed(0)} ms = ${seconds(cost.ms / 1000)}`);
    }
  }
  return lines.join('\n');
}

/** How the figures were taken, what each sync apply asked of the forum, and what Lighthouse found short of perfect. */
export function detailSummary(results: BenchResults): string {
  const lines: string[] = [];
  const { sync, weight } = results;
  if (weight) lines.push(`page weights: ${weight.method}`);
  if (sync)
    lines.push(
      `sync: limit ${sync.limitPerMinute} requests a minute, clock ${sync.timeScale}× (forum time = the sync's ` +
        `own timer × ${sync.timeScale}; it starts after the content is read)`,
    );
  for (const [name, run] of [
    ['first apply', sync?.first],
    ['no-op apply', sync?.noop],
    ['ten-event change', sync?.change],
  ] as const) {
    if (!run?.byRoute) continue;
    lines.push(
      `sync ${name}, requests by endpoint: ${Object.entries(run.byRoute)
        .map(([route, count]) => `${route} ${count}`)
        .join(', ')}`,
    );
  }
  for (const page of results.lighthouse ?? []) {
    for (const audit of page.failedAudits) {
      lines.push(
        `Lighthouse ${page.label}: ${audit.id} (${audit.score ?? 'n/a'})` +
          (audit.displayValue ? ` ${audit.displayValue}` : '') +
          (audit.examples.length ? ` — ${audit.examples.join('; ')}` : ''),
      );
    }
    for (const warning of page.warnings) lines.push(`Lighthouse ${page.label} warning: ${warning}`);
    if (page.externalRequests.length > 0)
      lines.push(`Lighthouse ${page.label}: requests beyond the site: ${page.externalRequests.join(', ')}`);
  }
  return lines.join('\n');
}
