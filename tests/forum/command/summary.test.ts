import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../../src/forum/command/report.ts';
import { markdownReport, markdownStop } from '../../../src/forum/command/summary.ts';
import type { RunningEmulator } from '../../../tools/forum-emulator/emulator.ts';
import { fixtureData } from '../support/fixture.ts';
import { apiKey, makeProject, startForum, sync, syncEnv } from '../support/harness.ts';

/**
 * `npm run sync -- --summary FILE`: the run in Markdown, added to FILE, which the forum sync workflow points at its
 * job summary ($GITHUB_STEP_SUMMARY), so a pull request shows its plan and a scheduled run what it did.
 */

const summary: RunSummary = {
  forum: 'https://forum.example',
  applied: false,
  reads: 12,
  writes: 0,
  results: [
    {
      item: {
        kind: 'event',
        key: 'event:a',
        file: 'content/events/a.mdx',
        label: '交流会 | A',
        action: 'update',
        changes: [
          { field: 'closed', from: false, to: true },
          { field: 'body', detail: '+1 −0 行' },
        ],
        kept: [],
        warnings: [],
        notes: [],
      },
      outcome: 'planned',
    },
    {
      item: {
        kind: 'category',
        key: 'room:r',
        file: 'content/rooms/r.mdx',
        label: '部屋',
        action: 'unchanged',
        changes: [],
        kept: [],
        warnings: [],
        notes: [],
      },
      outcome: 'unchanged',
    },
  ],
  problems: [],
  notices: ['カレンダーの欄は省きました。'],
  seconds: 3,
};

describe('the Markdown summary of a run', () => {
  it('says it is a plan, counts the actions, and tables what would change, unchanged items left out', () => {
    const markdown = markdownReport(summary);
    expect(markdown).toMatch(/^## フォーラムへの変更の計画（まだ何も書き込んでいません）\n/);
    expect(markdown).toContain('create 0 / update 1 / unchanged 1 / conflict 0 / orphaned 0');
    expect(markdown).toContain('> カレンダーの欄は省きました。');
    expect(markdown).toContain(
      '| 交流会のお知らせ | 交流会 \\| A | content/events/a.mdx | update | closed: false → true<br>body: +1 −0 行 | — |',
    );
    expect(markdown).not.toContain('| 部屋 |');
  });

  it('says what was done after --apply, and what the forum refused, nothing written', () => {
    const refused = markdownReport({
      ...summary,
      applied: true,
      problems: [
        { file: 'content/events/a.mdx', line: 2, field: 'title', message: '題名が長すぎます。', severity: 'error' },
      ],
    });
    expect(refused).toMatch(/^## フォーラムに反映しました\n/);
    expect(refused).toContain('- content/events/a.mdx:2 title — 題名が長すぎます。');
  });

  it('says so when the forum is already as the content says', () => {
    expect(markdownReport({ ...summary, results: [summary.results[1]!] })).toContain('変えるところはありません。');
  });

  it('says why nothing was done when the sync stopped early', () => {
    expect(markdownStop('DISCOURSE_URL が設定されていません。', [])).toBe(
      '## フォーラムには何もしませんでした\n\n**DISCOURSE\\_URL が設定されていません。**\n',
    );
  });
});

describe('npm run sync -- --summary FILE', () => {
  let forum: RunningEmulator;
  let project: Awaited<ReturnType<typeof makeProject>>;

  beforeAll(async () => {
    forum = await startForum({ timeScale: 100, adminRatePerMinute: 0 });
    project = await makeProject();
  });
  afterAll(async () => {
    await forum?.close();
    await project?.remove();
  });

  it('adds the plan to the file, after what is already there, with the --json report still on stdout', async () => {
    const file = join(project.dir, 'step-summary.md');
    await writeFile(file, '# 前の手順\n');
    const run = await sync(project.dir, syncEnv({ url: forum.url, perMinute: 6000 }), ['--json', '--summary', file]);
    expect(run.code).toBe(0);
    expect(run.report).toMatchObject({ applied: false, writes: 0 });
    const markdown = await readFile(file, 'utf8');
    expect(markdown.startsWith('# 前の手順\n## フォーラムへの変更の計画')).toBe(true);
    const created = run.report.items.filter((item: { action: string }) => item.action === 'create');
    expect(created.length).toBeGreaterThan(0);
    expect(markdown.split('\n').filter((line) => line.includes('| create |'))).toHaveLength(created.length);
    expect(markdown).not.toContain(apiKey);
  });

  it('says in the file why nothing was done when the content has errors, and exits 1', async () => {
    const data = fixtureData();
    data.rooms['scleroderma']!.data['condition'] = 'sclerodrma';
    const broken = await makeProject(data);
    try {
      const file = join(broken.dir, 'step-summary.md');
      const run = await sync(broken.dir, syncEnv({ url: forum.url }), ['--summary', file]);
      expect(run.code).toBe(1);
      const markdown = await readFile(file, 'utf8');
      expect(markdown).toContain('## フォーラムには何もしませんでした');
      expect(markdown).toContain('- content/rooms/scleroderma.mdx:4 condition — 疾患「sclerodrma」が見つかりません。');
    } finally {
      await broken.remove();
    }
  });
});
