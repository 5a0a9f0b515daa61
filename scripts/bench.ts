/**
 * `npm run bench`: builds, page weights, forum sync and Lighthouse on a large generated content set, printed as
 * a table against the budgets of issue 5 and written to bench-results/bench.json. See tools/bench/; Lighthouse
 * comes from the bench's own install (tools/bench/package.json), made here on first use.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureBenchTools } from '../tools/bench/bench-tools.ts';
import { parseBenchOptions } from '../tools/bench/options.ts';
import { benchRows, budgetSummary, buildProfileSummary, detailSummary, formatTable } from '../tools/bench/report.ts';
import { runBench } from '../tools/bench/run-bench.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const resultsDir = join(projectRoot, 'bench-results');
const say = (message: string) => console.error(message);

let options;
try {
  options = await parseBenchOptions(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
if (!options.skip.has('lighthouse')) ensureBenchTools(say);

const workDir = await mkdtemp(join(tmpdir(), 'hiroba-bench-'));
await mkdir(resultsDir, { recursive: true });
try {
  const results = await runBench(options, { projectRoot, workDir, resultsDir }, say);
  const jsonFile = join(resultsDir, 'bench.json');
  const json = `${JSON.stringify(results, null, 2)}\n`;
  // The latest run, and the latest of its size: a quick small run does not overwrite the last full figures.
  await writeFile(jsonFile, json);
  await writeFile(join(resultsDir, `bench-${results.size}.json`), json);
  const rows = benchRows(results);
  console.log(
    `\nHiroba bench — size ${results.size}: ${results.content.conditions} conditions, ${results.content.rooms} ` +
      `rooms, ${results.content.events} events; ${results.machine.cpus} CPUs, Node ${results.machine.node}\n`,
  );
  console.log(formatTable(rows));
  if (results.build)
    console.log(
      `\nWhere the build time went (phases from the build log, costliest routes; the site renders several routes at ` +
        `once, so a route's time is its latency and they add up to more than their phase):\n${buildProfileSummary(results.build)}`,
    );
  const details = detailSummary(results);
  if (details) console.log(`\n${details}`);
  console.log(`\n${budgetSummary(rows, results.failures)}`);
  console.log(
    `\nDetails: ${jsonFile} (also bench-${results.size}.json), build and sync logs in ${join(resultsDir, 'logs', results.size)}`,
  );
} finally {
  if (options.keep) say(`kept ${workDir}`);
  else await rm(workDir, { recursive: true, force: true });
}
