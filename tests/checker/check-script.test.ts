import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { brokenFiles } from '../fixtures/broken-content-files.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run check`'s script as staff would, with the given environment; never throws on a failing exit. */
async function runCheck(env: Record<string, string>): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/check.ts'], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('npm run check', () => {
  it('names every broken file of the fixture, exits 1, and prints no stack trace', async () => {
    const { code, output } = await runCheck({
      HIROBA_CONTENT_DIR: 'tests/fixtures/broken-content',
      HIROBA_NOW: '2026-11-30T12:00:00+09:00',
    });
    expect(code).toBe(1);
    for (const file of brokenFiles) expect(output).toContain(`tests/fixtures/broken-content/${file}`);
    expect(output).toContain('28 件のエラーと 1 件の注意が 28 個のファイルで見つかりました。');
    // The forum's own rules, run by the check exactly as the sync runs them.
    expect(output).toContain(
      'tests/fixtures/broken-content/rooms/scleroderma-members.mdx:13 forumGroup — グループ名「ab_」はフォーラムで使えません。',
    );
    expect(output).toContain(
      'tests/fixtures/broken-content/events/wide-space.mdx:2 title — 交流会の題名「強皮症 交流会（7月）」が',
    );
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('exits 0 when there are only warnings, and still prints them', async () => {
    // Far enough ahead that every crisis resource is overdue for review and every sample event is over.
    const { code, output } = await runCheck({ HIROBA_CONTENT_DIR: 'content', HIROBA_NOW: '2031-01-01T00:00:00+09:00' });
    expect(output).toMatch(/^content\/site\.yaml:\d+ crisisResources\[0\]\.lastReviewed — 注意: /m);
    expect(output).toContain('エラーはないので公開できますが');
    expect(code).toBe(0);
  });
});
