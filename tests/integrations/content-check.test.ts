import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenFiles } from '../fixtures/broken-content-files.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const scratch = await mkdtemp(join(tmpdir(), 'hiroba-build-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('astro build with broken content', () => {
  it('fails before building anything, listing every problem and no stack trace', async () => {
    const outDir = join(scratch, 'dist');
    const build = await promisify(execFile)(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
      {
        cwd: projectRoot,
        env: {
          ...process.env,
          HIROBA_CONTENT_DIR: 'tests/fixtures/broken-content',
          HIROBA_NOW: '2026-11-30T12:00:00+09:00',
        },
      },
    ).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: error.stdout + error.stderr,
      }),
    );
    expect(build.code).not.toBe(0);
    for (const file of brokenFiles) expect(build.output).toContain(`tests/fixtures/broken-content/${file}`);
    expect(build.output).toContain('rooms/scleroderma-typo.mdx:5 statsu — 「statsu」という項目はありません。');
    expect(build.output).toContain(
      'rooms/scleroderma-long-name.mdx:2 name — フォーラムのカテゴリ名は 50 文字までです（いま 51 文字）。',
    );
    expect(build.output).toContain('28 件のエラーと 1 件の注意が 28 個のファイルで見つかりました。');
    expect(build.output).not.toMatch(/^\s+at /m);
    expect(existsSync(outDir)).toBe(false);
  }, 60_000);
});
