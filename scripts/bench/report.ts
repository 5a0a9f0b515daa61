import { budgets } from './budgets.ts';
import { lighthouseCategories } from './lighthouse-run.ts';
import type { BenchResults, BuildSection, SyncRun } from './results.ts';

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

export function benchRows(results: BenchResults): Row[] {
  const rows: Row[] = [];
  const { build, weight, sync, lighthouse } = results;
  if (build) {
    rows.push(
      { figure: 'pages built (real site = bare baseline)', value: `${build.pages} = ${build.bare.pages}`, budget: 'equal', met: build.pages === build.bare.pages },
      { figure: 'cold build', value: `${seconds(build.site.cold.seconds)} (bare ${seconds(build.bare.cold.seconds)})` },
      { figure: 'cold build ÷ bare', value: ratio(build.ratios.cold), budget: `≤ ${budgets.coldBuildRatio}×`, met: build.ratios.cold <= budgets.coldBuildRatio },
      { figure: 'warm build', value: `${seconds(build.site.warm.seconds)} (bare ${seconds(build.bare.warm.seconds)})` },
      { figure: 'warm build ÷ bare', value: ratio(build.ratios.warm), budget: `≤ ${budgets.warmBuildRatio}×`, met: build.ratios.warm <= budgets.warmBuildRatio },
    );
  }
  if (weight) {
    rows.push(
      { figure: 'HTML+CSS gzip per page, median', value: kib(weight.htmlCss.median) },
      {
        figure: 'HTML+CSS gzip per page, max',
        value: `${kib(weight.htmlCss.max)} ${weight.htmlCss.maxPath}`,
        budget: `≤ ${kib(budgets.pageHtmlCssGzip)}`,
        met: weight.htmlCss.max <= budgets.pageHtmlCssGzip,
      },
      { figure: 'JS gzip per page (not search), median', value: `${weight.js.median} B` },
      {
        figure: 'JS gzip per page (not search), max',
        value: `${weight.js.max} B${weight.js.max > 0 ? ` ${weight.js.maxPath}` : ''}`,
        budget: `${budgets.pageJsGzip} B`,
        met: weight.js.max <= budgets.pageJsGzip,
      },
      ...weight.search.map((page) => ({
        figure: `search page ${page.path}`,
        value: `HTML+CSS ${kib(page.htmlCssGzip)}, JS ${kib(page.jsGzip)}`,
        budget: `HTML+CSS ≤ ${kib(budgets.pageHtmlCssGzip)}`,
        met: page.htmlCssGzip <= budgets.pageHtmlCssGzip,
      })),
    );
  }
  if (sync) {
    const run = (data: SyncRun) =>
      `${data.writes} writes, ${data.reads} reads${data.rateLimited ? ` (+${data.rateLimited} refused with 429)` : ''}, ${seconds(data.emulatedSeconds)} forum time (${seconds(data.realSeconds)} real)${data.failed ? `, ${data.failed} items FAILED` : ''}`;
    const firstRatio = sync.first.floorSeconds > 0 ? sync.first.emulatedSeconds / sync.first.floorSeconds : Number.POSITIVE_INFINITY;
    rows.push(
      { figure: 'sync: first apply', value: run(sync.first) },
      {
        figure: 'sync: first apply ÷ floor (writes ÷ limit)',
        value: `${ratio(firstRatio)} of ${seconds(sync.first.floorSeconds)}`,
        budget: `≤ ${budgets.firstApplyToFloor}×`,
        met: firstRatio <= budgets.firstApplyToFloor,
      },
      {
        figure: 'sync: first apply ÷ all requests ÷ limit',
        value: ratio(sync.first.emulatedSeconds / (((sync.first.writes + sync.first.reads) * 60) / sync.limitPerMinute)),
      },
      { figure: 'sync: no-op apply', value: run(sync.noop) },
      { figure: 'sync: no-op writes', value: String(sync.noop.writes), budget: String(budgets.noopWrites), met: sync.noop.writes <= budgets.noopWrites },
      {
        figure: 'sync: no-op reads',
        value: String(sync.noop.reads),
        budget: `≤ 2 + rooms = ${budgets.noopReads(sync.rooms)}`,
        met: sync.noop.reads <= budgets.noopReads(sync.rooms),
      },
      { figure: 'sync: ten-event change', value: run(sync.change) },
    );
  }
  for (const page of lighthouse ?? []) {
    const scores = lighthouseCategories.map((category) => `${category} ${page.scores[category] ?? '—'}`).join(', ');
    const met = lighthouseCategories.every((category) => page.scores[category] === budgets.lighthouseScore);
    rows.push({
      figure: `Lighthouse ${page.label} ${page.path}`,
      value: page.error ? `failed: ${page.error}` : scores,
      budget: `${budgets.lighthouseScore} in all four`,
      met,
    });
  }
  return rows;
}

export function formatTable(rows: Row[]): string {
  const header: Row = { figure: 'figure', value: 'value', budget: 'budget' };
  const cells = [header, ...rows].map((row, index) => [
    row.figure,
    row.value,
    row.budget ?? '',
    index === 0 ? 'result' : row.met === undefined ? '' : row.met ? 'met' : 'MISSED',
  ]);
  const widths = [0, 1, 2, 3].map((column) => Math.max(...cells.map((cell) => width(cell[column]!))));
  const line = (cell: string[]) => cell.map((text, column) => text + ' '.repeat(widths[column]! - width(text))).join(' | ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.slice(1).map(line)].join('\n');
}

/** Display width in a terminal: East Asian wide characters take two columns. */
function width(text: string): number {
  let columns = 0;
  for (const char of text) columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
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
    const { phases, routes } = build.site[kind].profile;
    const phaseText = Object.entries(phases)
      .filter(([, ms]) => ms >= 100)
      .sort((a, b) => b[1] - a[1])
      .map(([phase, ms]) => `${phase} ${seconds(ms / 1000)}`)
      .join(', ');
    lines.push(`${kind} build ${seconds(build.site[kind].seconds)}: ${phaseText}`);
    for (const [route, cost] of Object.entries(routes).sort((a, b) => b[1].ms - a[1].ms).slice(0, 5)) {
      lines.push(`  ${route}: ${cost.count} × ${(cost.ms / cost.count).toFixed(0)} ms = ${seconds(cost.ms / 1000)}`);
    }
  }
  return lines.join('\n');
}
