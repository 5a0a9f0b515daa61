import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checker/check.ts';
import { formatProblem } from '../../src/lib/problem.ts';

/**
 * `npm run new` writes a file staff can edit: every field with its description, values that pass the check as
 * written. It never overwrites, and refuses a name that cannot be a URL. Run as staff run it, on a copy of the
 * sample content.
 */

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const now = '2026-12-01T10:00:00+09:00';
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'hiroba-new-'));
  await cp(join(projectRoot, 'content'), root, { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env, HIROBA_CONTENT_DIR: root, HIROBA_NOW: now };
  const child = spawn(process.execPath, ['scripts/new.ts', ...args], { cwd: projectRoot, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

const errorsIn = async () =>
  (await checkContent(root, new Date(now), root)).problems
    .filter((problem) => problem.severity === 'error')
    .map(formatProblem);

describe('npm run new', () => {
  it.each([
    ['programme', 'programmes', 'peer-circle'],
    ['condition', 'conditions', 'sarcoidosis'],
    ['room', 'rooms', 'scleroderma-siblings'],
    ['event', 'events', 'scleroderma-online-2027-01'],
  ])('writes a %s that passes the check as written, each field explained', async (kind, folder, slug) => {
    const result = await run([kind, slug]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${folder}/${slug}.mdx を作りました。`);
    const text = await readFile(join(root, folder, `${slug}.mdx`), 'utf8');
    expect(text.startsWith('---\n# ')).toBe(true);
    expect(await errorsIn()).toEqual([]);
  });

  it('writes all four kinds side by side, still passing the check', async () => {
    for (const [kind, slug] of [
      ['programme', 'a'],
      ['condition', 'b'],
      ['room', 'c'],
      ['room', 'd'],
      ['event', 'e'],
      ['event', 'f'],
    ] as const)
      expect((await run([kind, slug])).code).toBe(0);
    expect(await errorsIn()).toEqual([]);
  });

  it('dates a new event a month ahead, its deadline before it, and marks today as announced', async () => {
    await run(['event', 'next-meeting']);
    const text = await readFile(join(root, 'events', 'next-meeting.mdx'), 'utf8');
    expect(text).toContain('start: 2026-12-31T14:00:00+09:00');
    expect(text).toContain('deadline: 2026-12-28T23:59:00+09:00');
    expect(text).toContain('announced: 2026-12-01');
  });

  it('never overwrites a file, and says so', async () => {
    const path = join(root, 'rooms', 'mpa.mdx');
    const before = await readFile(path, 'utf8');
    const result = await run(['room', 'mpa']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('rooms/mpa.mdx はもうあります。上書きしないので、別のファイル名を付けてください。');
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('refuses a file name that cannot be a URL, suggesting one that can', async () => {
    const japanese = await run(['room', '強皮症']);
    expect(japanese.code).toBe(1);
    expect(japanese.stderr).toContain('「強皮症」はファイル名（ページの URL）に使えません。');
    const capitals = await run(['event', 'Scleroderma_2027']);
    expect(capitals.stderr).toContain('（例: scleroderma-2027）');
  });

  it('asks for the kind and the name, and names what it cannot make', async () => {
    const missing = await run(['room']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('作るものの種類と、ファイル名を書いてください。');
    const unknown = await run(['guide', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      '「guide」は作れません。room、event、condition、programme のどれかを書いてください。',
    );
  });

  it('still works when a content file is broken elsewhere', async () => {
    await writeFile(join(root, 'rooms', 'broken.mdx'), '---\nname: [\n---\n');
    expect((await run(['event', 'despite-broken'])).code).toBe(0);
  });
});
