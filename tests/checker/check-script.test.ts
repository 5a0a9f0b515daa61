import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { brokenFiles } from '../fixtures/broken-content-files.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run check`'s script as staff would, with the given environment; never throws on a failing exit. */
async function runCheck(env: Record<string, string>, args: string[] = []): Promise<{ code: number; output: string }> {
  // Outside GitHub Actions unless a test says otherwise, wherever the tests themselves run.
  const outside = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'GITHUB_ACTIONS'));
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/check.ts', ...args], {
      cwd: projectRoot,
      env: { ...outside, ...env },
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

  describe('as GitHub Actions annotations, so problems show on their file and line in a pull request', () => {
    const broken = { HIROBA_CONTENT_DIR: 'tests/fixtures/broken-content', HIROBA_NOW: '2026-11-30T12:00:00+09:00' };
    const deadline =
      '::error file=tests/fixtures/broken-content/events/late-deadline.mdx,line=14,title=内容のチェック apply.deadline::申し込みの締め切り（2027-02-20T23:59:00+09:00）が始まり（2027-02-13T14:00:00+09:00）より後です。締め切りを start より前にしてください。';

    it('with --format github: one ::error per problem with its file, line and field, and exit 1', async () => {
      const { code, output } = await runCheck(broken, ['--format', 'github']);
      expect(code).toBe(1);
      expect(output.split('\n')).toContain(deadline);
      const annotations = output.split('\n').filter((line) => line.startsWith('::'));
      expect(annotations).toHaveLength(29);
      for (const file of brokenFiles)
        expect(
          annotations.some((line) => line.includes(`file=tests/fixtures/broken-content/${file}`)),
          file,
        ).toBe(true);
      expect(output).not.toContain(' — ');
      expect(output).toContain('28 件のエラーと 1 件の注意が 28 個のファイルで見つかりました。');
    });

    it('on its own inside GitHub Actions (GITHUB_ACTIONS=true), unless told --format text', async () => {
      expect((await runCheck({ ...broken, GITHUB_ACTIONS: 'true' })).output.split('\n')).toContain(deadline);
      const text = await runCheck({ ...broken, GITHUB_ACTIONS: 'true' }, ['--format', 'text']);
      expect(text.output).toContain('tests/fixtures/broken-content/events/late-deadline.mdx:14 apply.deadline — ');
      expect(text.output).not.toMatch(/^::/m);
    });

    it('with warnings as ::warning, which do not fail the job', async () => {
      const { code, output } = await runCheck(
        { HIROBA_CONTENT_DIR: 'content', HIROBA_NOW: '2031-01-01T00:00:00+09:00' },
        ['--format', 'github'],
      );
      expect(output).toMatch(
        /^::warning file=content\/site\.yaml,line=\d+,title=内容のチェック crisisResources\[0\]\.lastReviewed::/m,
      );
      expect(output).not.toMatch(/^::error/m);
      expect(code).toBe(0);
    });

    it('refuses a format it does not know, with exit 2', async () => {
      const { code, output } = await runCheck({}, ['--format', 'xml']);
      expect(code).toBe(2);
      expect(output).toContain('--format には text か github を書いてください（「xml」は使えません）。');
    });
  });

  describe('with --published-url, the address the site is really published at', () => {
    it('passes when site.yaml’s url is that address, with or without the trailing slash', async () => {
      expect((await runCheck({}, ['--published-url', 'https://hiroba.example'])).code).toBe(0);
    });

    it('fails on the url line of site.yaml, saying what to write, when they differ', async () => {
      const { code, output } = await runCheck({}, ['--published-url', 'https://octocat.github.io/hiroba']);
      expect(code).toBe(1);
      expect(output).toMatch(
        /^content\/site\.yaml:4 url — サイトの公開先は https:\/\/octocat\.github\.io\/hiroba\/ ですが、url は https:\/\/hiroba\.example\/ になっています。url: https:\/\/octocat\.github\.io\/hiroba\/ と書き直してください/m,
      );
    });

    it('refuses an address that is not a URL, with exit 2', async () => {
      const { code, output } = await runCheck({}, ['--published-url', 'octocat.github.io']);
      expect(code).toBe(2);
      expect(output).toContain('URL として読めません');
    });
  });
});
