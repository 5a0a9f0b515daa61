import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

/**
 * Loaded into each benchmarked build with `--import` (./build-timing.ts): when the process ends, it writes its peak
 * resident memory in bytes (Node's own resource usage, so no `time` program is needed) into the folder
 * HIROBA_BENCH_MEMORY_DIR names, one file per process, since a build may start node processes of its own.
 */
const folder = process.env.HIROBA_BENCH_MEMORY_DIR;
if (folder && isMainThread) {
  process.on('exit', () => {
    // maxRSS is in kibibytes.
    writeFileSync(join(folder, `${process.pid}.bytes`), String(process.resourceUsage().maxRSS * 1024));
  });
}
