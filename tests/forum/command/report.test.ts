import { describe, expect, it } from 'vitest';
import { describeChange, jsonReport, textReport, type RunSummary } from '../../../src/forum/command/report.ts';

const results: RunSummary['results'] = [
  {
    item: {
      kind: 'event',
      key: 'event:a',
      file: 'content/events/a.mdx',
      label: '交流会A',
      action: 'update',
      changes: [{ field: 'pinned', from: false, to: '2026-12-12T05:00:00.000Z' }],
      notes: [],
      warnings: [],
      kept: [],
    },
    outcome: 'updated',
  },
  {
    item: {
      kind: 'welcome',
      key: 'welcome:r',
      file: 'content/rooms/r.mdx',
      label: '「部屋」へようこそ',
      action: 'conflict',
      changes: [{ field: 'body', detail: '+1 −0 行' }],
      notes: ['最初の投稿が、フォーラムで書き換えられています。そのまま残します。'],
      warnings: [],
      kept: [{ field: 'title', forum: 'モデレーターの題名', path: '/t/7' }],
    },
    outcome: 'skipped',
  },
  {
    item: {
      kind: 'category',
      key: 'room:r',
      file: 'content/rooms/r.mdx',
      label: '部屋',
      action: 'unchanged',
      changes: [],
      notes: [],
      warnings: [],
      kept: [],
    },
    outcome: 'unchanged',
  },
];
const summary: RunSummary = {
  forum: 'https://forum.example',
  applied: true,
  reads: 12,
  writes: 3,
  results,
  problems: [],
  notices: [],
  seconds: 4.2,
};

describe('the report of a run', () => {
  it('as JSON: write and read counts at the top, then every item with its action, changes and outcome', () => {
    const report = JSON.parse(jsonReport(summary));
    expect(report).toMatchObject({
      writes: 3,
      reads: 12,
      applied: true,
      failed: 0,
      counts: { update: 1, conflict: 1, unchanged: 1, create: 0, orphaned: 0 },
    });
    expect(report.items[0]).toEqual({
      kind: 'event',
      key: 'event:a',
      file: 'content/events/a.mdx',
      label: '交流会A',
      action: 'update',
      changes: [{ field: 'pinned', from: false, to: '2026-12-12T05:00:00.000Z' }],
      kept: [],
      warnings: [],
      notes: [],
      outcome: 'updated',
    });
    expect(report.items[1].kept).toEqual([
      { field: 'title', forum: 'モデレーターの題名', path: '/t/7', url: 'https://forum.example/t/7' },
    ]);
  });

  it('as text: grouped by kind, with the action words, what changes and why a conflict was left', () => {
    const text = textReport(summary);
    expect(text).toContain('■ 交流会のお知らせ\n  update    交流会A  content/events/a.mdx → 更新しました');
    expect(text).toContain('pinned: false → 2026年12月12日（土）14:00まで');
    expect(text).toContain('conflict  「部屋」へようこそ');
    expect(text).toContain('最初の投稿が、フォーラムで書き換えられています。そのまま残します。');
    expect(text).toContain('フォーラムで直されたまま残します — 題名「モデレーターの題名」 https://forum.example/t/7');
    expect(text).toContain('まとめ: create 0 / update 1 / unchanged 1 / conflict 1 / orphaned 0');
    expect(text).toContain('docs/forum-sync.md');
  });

  it('shows long text changes as a line count', () => {
    expect(describeChange({ field: 'body', detail: '+2 −1 行' })).toBe('body: +2 −1 行');
    expect(describeChange({ field: 'name', to: '新しい名前' })).toBe('name: 新しい名前');
  });

  it('lists what the forum would refuse as npm run check does, file:line field — message, in file order, saying the rest is applied', () => {
    const refused: RunSummary = {
      ...summary,
      problems: [
        { file: 'content/rooms/r.mdx', line: 2, field: 'name', message: '名前を変えてください。', severity: 'error' },
        { file: 'content/events/a.mdx', field: 'title', message: '題名を変えてください。', severity: 'error' },
      ],
    };
    expect(textReport(refused)).toContain(
      '次の問題があるため、その項目（とそれを待つ項目）は反映しませんでした。ほかは反映しました。直してから、もう一度実行してください:\n  content/events/a.mdx title — 題名を変えてください。\n  content/rooms/r.mdx:2 ' +
        'name — 名前を変えてください。\n',
    );
    expect(JSON.parse(jsonReport(refused)).problems).toEqual([
      { file: 'content/events/a.mdx', line: null, field: 'title', message: '題名を変えてください。' },
      { file: 'content/rooms/r.mdx', line: 2, field: 'name', message: '名前を変えてください。' },
    ]);
  });
});
