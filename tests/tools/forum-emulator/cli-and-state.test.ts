import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiFor } from './forum-client.ts';

const directory = mkdtempSync(join(tmpdir(), 'forum-emulator-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Runs the CLI as `npm run forum:emulator` does and waits for its one line. */
function startCli(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, ['scripts/forum-emulator.ts', ...args], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL line; output: ${stdout}`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^Discourse emulator listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => stdout });
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${stdout}`)));
  });
}

const stop = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });

describe('the forum:emulator command', () => {
  it('prints its URL once, saves its state on SIGTERM and loads it again at the next start', async () => {
    const statePath = join(directory, 'forum.json');
    const args = ['--port', '0', '--api-key', 'cli-key', '--api-username', 'cli_admin', '--state', statePath];
    const first = await startCli(args);
    const api = apiFor(first.url);
    const created = await api(
      'POST',
      '/categories.json',
      { name: '保存される部屋', slug: 'saved-room' },
      { key: 'cli-key', as: 'cli_admin' },
    );
    expect(created.status).toBe(200);
    expect(await stop(first.child)).toBe(0);
    expect(first.output()).toBe(`Discourse emulator listening on ${first.url}\n`);
    expect(readFileSync(statePath, 'utf8')).toContain('saved-room');

    const second = await startCli(args);
    try {
      const site = await apiFor(second.url)('GET', '/site.json', undefined, { key: 'cli-key', as: 'cli_admin' });
      expect(site.json.categories.map((c: { slug: string }) => c.slug)).toContain('saved-room');
    } finally {
      await stop(second.child);
    }
  });

  it('exits with a message when a required flag is missing', async () => {
    const child = spawn(process.execPath, ['scripts/forum-emulator.ts', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('--api-key is required');
  });
});
