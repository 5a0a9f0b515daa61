import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

/**
 * Loaded into each benchmarked build with `--import` (./build-timing.ts): when the process ends, it writes what it
 * used (Node's own resource usage, so no `time` program is needed) into the folder HIROBA_BENCH_USAGE_DIR names,
 * one file per process, since a build may start node processes of its own: its peak resident memory, and the
 * processor time of all its threads (workers, the garbage collector's helpers, the bundler's), which time spent
 * waiting does not stretch.
 */

/** What one process wrote. */
export interface ProcessUsage {
  peakRssBytes: number;
  /** User and system time of all the process's threads. */
  cpuSeconds: number;
}

const folder = process.env.HIROBA_BENCH_USAGE_DIR;
if (folder && isMainThread) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    // maxRSS is in kibibytes, the CPU times in microseconds.
    const usage: ProcessUsage = { peakRssBytes: maxRSS * 1024, cpuSeconds: (userCPUTime + systemCPUTime) / 1e6 };
    writeFileSync(join(folder, `${process.pid}.json`), JSON.stringify(usage));
  });
}
