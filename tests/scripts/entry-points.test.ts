import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

/**
 * Every entry point in scripts/ answers `--help` with its usage (exit 0) and an unknown option with what is wrong
 * and the usage (exit 2), before doing any of its work. Staff-facing commands say it in Japanese.
 */

const usageFirstLines: Record<string, string> = {
  'check.ts': '使い方: npm run check -- [--format text|github] [--published-url URL]',
  'new.ts': '使い方: npm run new -- room|event|condition|programme <ファイル名>',
  'sync.ts': '使い方: npm run sync -- [--apply] [--json] [--summary FILE] [--only rooms|events] [--force] [--prune]',
  'forum-emulator.ts': 'Usage: npm run forum:emulator -- --api-key KEY --api-username NAME [options]',
  'bench.ts':
    'Usage: npm run bench -- [--size full|small] [--skip build,sync,lighthouse] [--sync-time-scale N] [--keep]',
  'ensure-browser.ts': 'Usage: node scripts/ensure-browser.ts   (run by npm before `npm test`)',
};

const unknownOption: Record<string, string> = {
  'check.ts': '「--bogus」という指定はありません。',
  'new.ts': '「--bogus」という指定はありません。',
  'sync.ts': '「--bogus」という指定はありません。',
  'forum-emulator.ts': 'unknown option --bogus',
  'bench.ts': 'unknown option --bogus',
  'ensure-browser.ts': 'unknown option --bogus',
};

function run(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // No forum settings: a command that ignored its options would fail (or do work) for another reason.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('DISCOURSE_')));
  const child = spawn(process.execPath, [`scripts/${script}`, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('the entry points in scripts/', () => {
  it('are all listed here', async () => {
    const scripts = (await readdir('scripts')).filter((name) => name.endsWith('.ts'));
    expect(scripts.sort()).toEqual(Object.keys(usageFirstLines).sort());
  });

  it.each(Object.entries(usageFirstLines))('%s --help prints its usage and exits 0', async (script, firstLine) => {
    const { code, stdout } = await run(script, ['--help']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(firstLine);
  });

  it.each(Object.entries(usageFirstLines))(
    '%s --bogus says so, prints its usage and exits 2',
    async (script, firstLine) => {
      const { code, stdout, stderr } = await run(script, ['--bogus']);
      expect(code).toBe(2);
      expect(stderr.split('\n')).toContain(firstLine);
      expect(stderr.split('\n')[0]).toBe(unknownOption[script]);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stdout).toBe('');
    },
  );
});
