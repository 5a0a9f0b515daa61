import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../../tools/bench/peak-memory.ts');
let folder: string | undefined;

afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the peak memory of a benchmarked process', () => {
  it('is written by the process itself when it ends, at least as large as the memory it held', async () => {
    folder = await mkdtemp(join(tmpdir(), 'peak-memory-'));
    const holdBytes = 200 * 2 ** 20;
    // Touch every page of a 200 MiB buffer so it is resident, then let it go before exiting.
    await promisify(execFile)(
      process.execPath,
      ['--import', script, '-e', `let b = Buffer.alloc(${holdBytes}, 1); b = undefined;`],
      { env: { ...process.env, HIROBA_BENCH_MEMORY_DIR: folder } },
    );
    const files = await readdir(folder);
    expect(files).toHaveLength(1);
    const peak = Number(await readFile(join(folder, files[0] ?? ''), 'utf8'));
    expect(peak).toBeGreaterThanOrEqual(holdBytes);
    expect(peak).toBeLessThan(holdBytes + 2 ** 30);
  });
});
