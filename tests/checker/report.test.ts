import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/checker/report.ts';
import type { Problem } from '../../src/lib/problem.ts';

const problem = (
  file: string,
  line: number | undefined,
  field: string | undefined,
  severity: Problem['severity'] = 'error',
): Problem => ({
  file,
  ...(line === undefined ? {} : { line }),
  ...(field === undefined ? {} : { field }),
  message: '直してください。',
  severity,
});

describe('formatReport', () => {
  it('writes file:line field — message, sorted by file and then line', () => {
    const { lines } = formatReport(
      [
        problem('content/rooms/b.mdx', 12, 'roles[1]'),
        problem('content/events/a.mdx', 14, 'apply.deadline'),
        problem('content/rooms/b.mdx', 3, 'name'),
        problem('content/roles/Parent.mdx', undefined, undefined),
        problem('content/guides/chat.mdx', 2, undefined),
      ],
      5,
    );
    expect(lines).toEqual([
      'content/events/a.mdx:14 apply.deadline — 直してください。',
      'content/guides/chat.mdx:2 — 直してください。',
      'content/roles/Parent.mdx — 直してください。',
      'content/rooms/b.mdx:3 name — 直してください。',
      'content/rooms/b.mdx:12 roles[1] — 直してください。',
    ]);
  });

  it('marks warnings so they read differently from errors', () => {
    expect(
      formatReport([problem('content/site.yaml', 21, 'crisisResources[0].lastReviewed', 'warning')], 1).lines,
    ).toEqual(['content/site.yaml:21 crisisResources[0].lastReviewed — 注意: 直してください。']);
  });

  it('sums up errors, warnings and the files they are in on one line', () => {
    const { summary } = formatReport(
      [
        problem('a.mdx', 1, 'x'),
        problem('a.mdx', 2, 'y'),
        problem('b.mdx', 1, 'z'),
        problem('b.mdx', 3, 'w', 'warning'),
      ],
      9,
    );
    expect(summary).toBe(
      '3 件のエラーと 1 件の注意が 2 個のファイルで見つかりました。エラーを直してから、もう一度 npm run check で確かめてください。',
    );
  });

  it('says warnings alone do not block publishing', () => {
    expect(formatReport([problem('a.mdx', 1, 'x', 'warning')], 3).summary).toBe(
      '1 件の注意が 1 個のファイルで見つかりました。エラーはないので公開できますが、注意も確かめてください。',
    );
  });

  it('prints a short all-clear line when nothing is wrong', () => {
    expect(formatReport([], 26)).toEqual({
      lines: [],
      summary: '内容のチェック: 26 個のファイルに問題はありませんでした。',
    });
  });
});
