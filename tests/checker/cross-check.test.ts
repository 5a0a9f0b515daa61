import { describe, expect, it } from 'vitest';
import { crossCheck, type CheckableContent } from '../../src/checker/cross-check.ts';
import type { Problem } from '../../src/lib/problem.ts';
import { condition, content, event, now, places, room, site } from './support/content-builders.ts';

function check(set: CheckableContent, options: Partial<Parameters<typeof crossCheck>[1]> = {}): Problem[] {
  return crossCheck(set, { now, ...options });
}

describe('cross-check', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(check(content({ site: site(['2026-11-23']) }))).toEqual([]);
  });

  describe('room colours', () => {
    it('warns at the color line when a room’s colour is too pale to stand out on the page, naming what it shows instead', () => {
      const problems = check(content({ rooms: [room('scleroderma', { color: 'F7E9A0' })] }));
      expect(places(problems)).toEqual(['warning content/rooms/scleroderma.mdx color']);
      expect(problems[0]?.message).toMatch(/^部屋の色「#F7E9A0」は、ページの明るい背景との差が 1\.\d:1 で/);
      expect(problems[0]?.message).toMatch(/濃くした「#[0-9a-f]{6}」で表示します/);
    });

    it('says nothing of a colour that stands out', () => {
      expect(check(content({ rooms: [room('scleroderma', { color: '3F8A6B' })] }))).toEqual([]);
    });
  });

  describe('references', () => {
    it('reports a room whose condition does not exist, suggesting the file name it most likely meant', () => {
      const problems = check(content({ rooms: [room('scleroderma', { condition: 'sclerodrma' })] }));
      expect(places(problems)).toEqual(['error content/rooms/scleroderma.mdx condition']);
      expect(problems[0]?.message).toContain('「scleroderma」のまちがいではありませんか');
    });

    it('lists the existing file names when an unknown role is not close to any of them', () => {
      const problems = check(content({ rooms: [room('scleroderma', { roles: ['patient', 'grandparent'] })] }));
      expect(places(problems)).toEqual(['error content/rooms/scleroderma.mdx roles[1]']);
      expect(problems[0]?.message).toContain('content/roles/ にあるファイル名');
      expect(problems[0]?.message).toContain('patient, family');
    });

    it('reports unknown rooms and roles of an event at their list position', () => {
      const problems = check(
        content({ events: [event('december', { rooms: ['scleroderma', 'nowhere'], roles: ['patient', 'stranger'] })] }),
      );
      expect(places(problems)).toEqual([
        'error content/events/december.mdx roles[1]',
        'error content/events/december.mdx rooms[1]',
      ]);
    });

    it('does not report a reference to a file that exists but failed its own validation', () => {
      const problems = check(content({ rooms: [room('scleroderma', { condition: 'mpa' })] }), {
        invalid: { conditions: new Set(['mpa']) },
      });
      expect(problems).toEqual([]);
    });

    it('reports an event role that none of its rooms serves, so nobody invited could join', () => {
      const problems = check(
        content({ events: [event('december', { roles: ['patient', 'family'] })], rooms: [room('scleroderma')] }),
      );
      expect(places(problems)).toEqual(['error content/events/december.mdx roles[1]']);
      expect(problems[0]?.message).toContain('roles から外すか');
    });

    it('accepts an event role served by any one of its rooms', () => {
      const rooms = [room('scleroderma'), room('scleroderma-family', { roles: ['family'] })];
      const events = [
        event('december', { rooms: ['scleroderma', 'scleroderma-family'], roles: ['patient', 'family'] }),
      ];
      expect(check(content({ rooms, events }))).toEqual([]);
    });
  });

  describe('dates', () => {
    it('reports an event that ends before or when it starts', () => {
      const events = [event('december', { end: '2026-12-12T14:00:00+09:00' })];
      expect(places(check(content({ events })))).toEqual(['error content/events/december.mdx end']);
    });

    it('compares moments, not text: 05:00Z is the same moment as 14:00+09:00', () => {
      const events = [event('december', { start: '2026-12-12T05:00:00Z', end: '2026-12-12T14:30:00+09:00' })];
      expect(check(content({ events }))).toEqual([]);
    });

    it('reports an application deadline after the start and accepts one at the start', () => {
      const late = event('december', {
        apply: {
          method: 'form',
          url: 'https://example.jp/apply',
          how: 'フォーム',
          deadline: '2026-12-12T14:01:00+09:00',
        },
      });
      const onTime = event('january', {
        title: '1月',
        apply: {
          method: 'form',
          url: 'https://example.jp/apply',
          how: 'フォーム',
          deadline: '2026-12-12T14:00:00+09:00',
        },
      });
      expect(places(check(content({ events: [late, onTime] })))).toEqual([
        'error content/events/december.mdx apply.deadline',
      ]);
    });
  });

  describe('warnings', () => {
    it('warns about an open room whose condition is still being prepared', () => {
      const problems = check(content({ conditions: [condition('scleroderma', { status: 'preparing' })] }));
      expect(places(problems)).toEqual(['warning content/rooms/scleroderma.mdx status']);
    });

    it('warns about a crisis resource last reviewed more than 180 days before now', () => {
      const problems = check(content({ site: site(['2026-06-03', '2026-06-02']) }), { siteFile: 'content/site.yaml' });
      expect(places(problems)).toEqual(['warning content/site.yaml crisisResources[1].lastReviewed']);
      expect(problems[0]?.message).toContain('181 日');
    });

    it('warns about a crisis word the search already knows or that is written twice, and not about a new one', () => {
      const settings = { ...site(['2026-11-01']), crisisWords: ['シニタイ', 'もう無理', 'もう無理', 'もうむり'] };
      const problems = check(content({ site: settings }), { siteFile: 'content/site.yaml' });
      expect(places(problems)).toEqual([
        'warning content/site.yaml crisisWords[0]',
        'warning content/site.yaml crisisWords[2]',
      ]);
      expect(problems.map((problem) => problem.message)).toEqual([
        expect.stringContaining('書かなくても検索で使われる決まった言葉（しにたい）'),
        expect.stringContaining('このリストの前のほうにもあります'),
      ]);
    });

    it('warns about an upcoming event in a room that is not open, but not about past or cancelled ones', () => {
      const rooms = [room('scleroderma', { roles: ['patient', 'family'], status: 'preparing', openingNote: '準備中' })];
      const events = [
        event('december'),
        event('past', {
          title: '過去',
          start: '2026-10-01T14:00:00+09:00',
          end: '2026-10-01T15:00:00+09:00',
          apply: {
            method: 'form',
            url: 'https://example.jp/apply',
            how: 'フォーム',
            deadline: '2026-09-30T12:00:00+09:00',
          },
        }),
        event('cancelled', { title: '中止', status: 'cancelled' }),
      ];
      expect(places(check(content({ rooms, events })))).toEqual(['warning content/events/december.mdx rooms[0]']);
    });
  });

  it('places each problem on the line the lookup gives for its file and field', () => {
    const lines: Record<string, number> = { 'content/events/december.mdx apply.deadline': 14 };
    const problems = check(
      content({
        events: [
          event('december', {
            apply: {
              method: 'form',
              url: 'https://example.jp/apply',
              how: 'フォーム',
              deadline: '2026-12-31T00:00:00+09:00',
            },
          }),
        ],
      }),
      {
        lineOf: (file, place) => (place === 'body' ? undefined : lines[`${file} ${place.join('.')}`]),
      },
    );
    expect(problems).toMatchObject([
      { file: 'content/events/december.mdx', line: 14, field: 'apply.deadline', severity: 'error' },
    ]);
  });
});
