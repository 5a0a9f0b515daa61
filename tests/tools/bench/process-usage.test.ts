import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../../tools/bench/process-usage.ts');
let folder: string | undefined;

afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('what a benchmarked process used', () => {
  it('is written by the process itself when it ends: a peak memory at least as large as it held, its CPU time', async () => {
    folder = await mkdtemp(join(tmpdir(), 'process-usage-'));
    const holdBytes = 200 * 2 ** 20;
    // Touch every page of a 200 MiB buffer so it is resident, then let it go before exiting.
    await promisify(execFile)(
      process.execPath,
      [
        '--import',
        script,
        '-e',
        // Then keep the processor busy for a quarter of a second of its own time.
        `let b = Buffer.alloc(${holdBytes}, 1); b = undefined; const s = process.cpuUsage(); while (process.cpuUsage(s).user < 250000);`,
      ],
      { env: { ...process.env, HIROBA_BENCH_USAGE_DIR: folder } },
    );
    const files = await readdir(folder);
    expect(files).toHaveLength(1);
    const { peakRssBytes, cpuSeconds } = JSON.parse(await readFile(join(folder, files[0] ?? ''), 'utf8'));
    expect(peakRssBytes).toBeGreaterThanOrEqual(holdBytes);
    expect(peakRssBytes).toBeLessThan(holdBytes + 2 ** 30);
    expect(cpuSeconds).toBeGreaterThanOrEqual(0.25);
    expect(cpuSeconds).toBeLessThan(30);
  });
});
