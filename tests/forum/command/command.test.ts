import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../tools/forum-emulator/emulator.ts';
import { fixtureData } from '../support/fixture.ts';
import { apiKey, forumState, makeProject, startForum, sync, syncEnv } from '../support/harness.ts';

const script = fileURLToPath(new URL('../../../scripts/sync.ts', import.meta.url));

let forum: RunningEmulator;
let project: Awaited<ReturnType<typeof makeProject>>;

beforeAll(async () => {
  forum = await startForum({ timeScale: 100, adminRatePerMinute: 0 });
  project = await makeProject();
});
afterAll(async () => {
  await forum.close();
  await project.remove();
});

/** The environment of a staff member's shell, without any forum settings of the machine running the tests. */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('DISCOURSE_') && !name.startsWith('HIROBA_')),
  );
  return { ...env, ...extra };
}

function start(env: NodeJS.ProcessEnv, args: string[] = [], cwd = project.dir) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd,
    env: cleanEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string; stdout: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, output: stdout + stderr, stdout })),
  );
  return { child, done };
}

const run = (env: NodeJS.ProcessEnv, args: string[] = [], cwd?: string) => start(env, args, cwd).done;

describe('the sync command', () => {
  it('fails clearly with a wrong key, without echoing either key', async () => {
    const wrongKey = 'wrong-key-5a4b3c2d1e0f';
    const result = await run(syncEnv({ url: forum.url, key: wrongKey }), ['--apply', '--json']);
    expect(result.code).toBe(2);
    expect(result.output).toContain('DISCOURSE_API_KEY と DISCOURSE_API_USERNAME が正しいか');
    expect(JSON.parse(result.stdout)).toMatchObject({ applied: false, writes: 0, items: [] });
    expect(result.output).not.toContain(wrongKey);
    expect(result.output).not.toContain(apiKey);
    expect(forum.counts.writesApplied).toBe(0);
  });

  it('fails clearly when the forum is unreachable', async () => {
    const result = await run(syncEnv({ url: `http://127.0.0.1:${await closedPort()}`, timeScale: 1000 }));
    expect(result.code).toBe(2);
    expect(result.output).toContain('につながりません');
    expect(result.output).not.toContain(apiKey);
  });

  it('names the missing settings and stops', async () => {
    const result = await run({});
    expect(result.code).toBe(2);
    expect(result.output).toContain('DISCOURSE_URL、DISCOURSE_API_KEY、DISCOURSE_API_USERNAME が設定されていません');
  });

  it('reads its settings from a .env file in the project folder', async () => {
    const env = syncEnv({ url: forum.url });
    await writeFile(
      join(project.dir, '.env'),
      Object.entries(env)
        .map(([name, value]) => `${name}=${value}`)
        .join('\n'),
    );
    try {
      const result = await run({}, ['--json']);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ writes: 0, applied: false });
      expect(result.output).not.toContain(apiKey);
    } finally {
      await writeFile(join(project.dir, '.env'), '');
    }
  });

  it('runs the whole content check first: a mistyped condition stops it with the checker’s message, before any request', async () => {
    const data = fixtureData();
    data.rooms['scleroderma']!.data['condition'] = 'sclerodrma';
    const broken = await makeProject(data);
    try {
      const before = forum.counts.total;
      const result = await run(syncEnv({ url: forum.url }), [], broken.dir);
      expect(result.code).toBe(1);
      expect(result.output).toContain(
        'content/rooms/scleroderma.mdx:4 condition — 疾患「sclerodrma」が見つかりません。「scleroderma」のまちがいではありませんか？',
      );
      expect(result.output).toContain(
        '1 件のエラーが 1 個のファイルで見つかりました。エラーを直してから、もう一度 npm run check で確かめてください。',
      );
      expect(result.output).not.toContain('予期しないエラー');
      expect(forum.counts.total).toBe(before);
    } finally {
      await broken.remove();
    }
  });

  it('refuses for the content’s sake exactly what npm run check refuses, as it prints it, in text and in JSON', async () => {
    const data = fixtureData();
    data.rooms['family-parent']!.data['forumGroup'] = 'ab_';
    const broken = await makeProject(data);
    try {
      const before = forum.counts.total;
      const message =
        'グループ名「ab_」はフォーラムで使えません。半角英数字と「_」「.」「-」で 3〜20 文字にし、英数字か「_」で始めて英数字で終わり、記号を 2 つ続けないでください（例: salon_parent）。';
      const text = await run(syncEnv({ url: forum.url }), ['--apply'], broken.dir);
      expect(text.code).toBe(1);
      expect(text.output).toContain(`content/rooms/family-parent.mdx:10 forumGroup — ${message}`);
      const json = await run(syncEnv({ url: forum.url }), ['--apply', '--json'], broken.dir);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({
        applied: false,
        writes: 0,
        problems: [{ file: 'content/rooms/family-parent.mdx', line: 10, field: 'forumGroup', message }],
      });
      expect(forum.counts.total).toBe(before);
    } finally {
      await broken.remove();
    }
  });

  it('creates what the check passed: a room name of 50 characters, one of them outside the BMP', async () => {
    forum.reset();
    const data = fixtureData();
    const name = `${'部'.repeat(48)}𠮷屋`;
    data.rooms['scleroderma']!.data['name'] = name;
    const fine = await makeProject(data);
    try {
      const result = await sync(fine.dir, syncEnv({ url: forum.url, perMinute: 6000 }), ['--apply', '--json']);
      expect(result.code).toBe(0);
      expect(result.report.problems).toEqual([]);
      expect(forumState(forum).categories['scleroderma/community']?.name).toBe(name);
    } finally {
      await fine.remove();
    }
  });

  it('finishes after being killed mid-way, without duplicates', async () => {
    forum.reset();
    // Slow enough to be caught in the middle: 5 requests a minute, with the sync's minute lasting one second.
    const slow = start(syncEnv({ url: forum.url, perMinute: 5, timeScale: 60 }), ['--apply']);
    while (forum.counts.writesApplied < 11) await new Promise((resolve) => setTimeout(resolve, 20));
    slow.child.kill('SIGKILL');
    const killed = await slow.done;
    expect(killed.signal).toBe('SIGKILL');
    const partial = forumState(forum);
    expect(partial.liveTopicCount).toBeLessThan(9);

    const env = syncEnv({ url: forum.url, perMinute: 6000 });
    const rerun = await sync(project.dir, env, ['--apply', '--json']);
    expect(rerun.code).toBe(0);
    const state = forumState(forum);
    expect(state.categoryCount).toBe(4);
    expect(state.liveTopicCount).toBe(4 + 5);
    expect(new Set(state.titles).size).toBe(state.titles.length);
    expect((await sync(project.dir, env, ['--apply', '--json'])).report.writes).toBe(0);
  });
});

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
