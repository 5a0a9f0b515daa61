import { describe, expect, it } from 'vitest';
import { crossCheck, type CheckableContent } from '../../src/checker/cross-check.ts';
import type { Entry } from '../../src/model/entry.ts';
import type { Problem } from '../../src/checker/problem.ts';
import type { Condition, EventEntry, Role, Room, Site } from '../../src/schemas/index.ts';

const now = new Date('2026-11-30T12:00:00+09:00');

function entry<T>(folder: string, slug: string, data: T): Entry<T> {
  return { id: slug, file: `content/${folder}/${slug}.mdx`, data, body: '' };
}

function condition(slug: string, data: Partial<Condition> = {}): Entry<Condition> {
  return entry('conditions', slug, { name: `病気 ${slug}`, reading: 'びょうき', aliases: [], status: 'open', summary: '紹介', mentalHealth: false, color: '4F6FA8', order: 100, ...data });
}

function role(slug: string): Entry<Role> {
  return entry('roles', slug, { name: `立場 ${slug}`, shortName: slug, reading: 'たちば', aliases: [], summary: '紹介', order: 100 });
}

function room(slug: string, data: Partial<Room> = {}): Entry<Room> {
  return entry('rooms', slug, {
    name: `部屋 ${slug}`,
    condition: 'scleroderma',
    roles: ['patient'],
    status: 'open',
    summary: '紹介',
    mottos: ['ひとりじゃない'],
    rules: ['個人情報は書かない'],
    visibility: 'public',
    color: '4F6FA8',
    order: 100,
    ...data,
  });
}

function event(slug: string, data: Partial<EventEntry> = {}): Entry<EventEntry> {
  return entry('events', slug, {
    title: `交流会 ${slug}`,
    summary: '紹介',
    rooms: ['scleroderma'],
    roles: ['patient'],
    eligibility: ['患者さん'],
    start: '2026-12-12T14:00:00+09:00',
    end: '2026-12-12T15:30:00+09:00',
    format: 'online',
    online: 'Zoom',
    fee: '無料',
    apply: { how: 'フォームから', deadline: '2026-12-09T23:59:00+09:00' },
    status: 'scheduled',
    ...data,
  });
}

function site(lastReviewed: string[]): Site {
  return {
    name: 'ひろば',
    tagline: '広場',
    url: 'https://hiroba.example/',
    operator: { name: '運営' },
    contact: { email: 'info@hiroba.example' },
    mottos: ['ひとりじゃない'],
    crisisResources: lastReviewed.map((day, index) => ({
      name: `相談先 ${index}`,
      description: '相談できます',
      source: 'https://example.jp/',
      lastReviewed: day,
    })),
    forum: { url: 'https://forum.hiroba.example/', calendarEvents: false },
    campaign: { source: 'invitation', medium: 'link_copy', campaign: 'default' },
  };
}

/** A small, consistent content set; each test breaks one thing in it. */
function content(overrides: Partial<CheckableContent> = {}): CheckableContent {
  return {
    conditions: [condition('scleroderma')],
    roles: [role('patient'), role('family')],
    rooms: [room('scleroderma', { roles: ['patient', 'family'] })],
    events: [event('december')],
    guides: [],
    ...overrides,
  };
}

function check(set: CheckableContent, options: Partial<Parameters<typeof crossCheck>[1]> = {}): Problem[] {
  return crossCheck(set, { now, ...options });
}

/** Where problems were found, in a stable order: the report sorts them anyway. */
const places = (problems: Problem[]) => problems.map((problem) => `${problem.severity} ${problem.file} ${problem.field ?? ''}`).sort();

describe('cross-check', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(check(content({ site: site(['2026-11-23']) }))).toEqual([]);
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
      const problems = check(content({ events: [event('december', { rooms: ['scleroderma', 'nowhere'], roles: ['patient', 'stranger'] })] }));
      expect(places(problems)).toEqual(['error content/events/december.mdx roles[1]', 'error content/events/december.mdx rooms[1]']);
    });

    it('does not report a reference to a file that exists but failed its own validation', () => {
      const problems = check(content({ rooms: [room('scleroderma', { condition: 'mpa' })] }), { invalid: { conditions: new Set(['mpa']) } });
      expect(problems).toEqual([]);
    });

    it('reports an event role that none of its rooms serves, so nobody invited could join', () => {
      const problems = check(content({ events: [event('december', { roles: ['patient', 'family'] })], rooms: [room('scleroderma')] }));
      expect(places(problems)).toEqual(['error content/events/december.mdx roles[1]']);
      expect(problems[0]?.message).toContain('roles から外すか');
    });

    it('accepts an event role served by any one of its rooms', () => {
      const rooms = [room('scleroderma'), room('scleroderma-family', { roles: ['family'] })];
      const events = [event('december', { rooms: ['scleroderma', 'scleroderma-family'], roles: ['patient', 'family'] })];
      expect(check(content({ rooms, events }))).toEqual([]);
    });
  });

  describe('names the forum needs unique', () => {
    it('reports conditions whose forum slugs collide, counting a missing forumSlug as the file name', () => {
      const conditions = [condition('scleroderma'), condition('ssc', { forumSlug: 'scleroderma' })];
      const problems = check(content({ conditions }));
      expect(places(problems)).toEqual(['error content/conditions/scleroderma.mdx forumSlug', 'error content/conditions/ssc.mdx forumSlug']);
      expect(problems.map((problem) => problem.message).join()).toContain('content/conditions/ssc.mdx と同じです');
    });

    it('reports rooms of the same condition with the same forum slug', () => {
      const rooms = [room('scleroderma', { forumSlug: 'community' }), room('scleroderma-2', { forumSlug: 'community' })];
      expect(places(check(content({ rooms })))).toEqual([
        'error content/rooms/scleroderma-2.mdx forumSlug',
        'error content/rooms/scleroderma.mdx forumSlug',
      ]);
    });

    it('allows the same room forum slug under different conditions, as Discourse only requires siblings to differ', () => {
      const conditions = [condition('scleroderma'), condition('mpa')];
      const rooms = [room('scleroderma', { forumSlug: 'community' }), room('mpa', { condition: 'mpa', forumSlug: 'community' })];
      expect(check(content({ conditions, rooms }))).toEqual([]);
    });

    it('reports room names repeated within a condition, ignoring letter case like Discourse', () => {
      const rooms = [room('scleroderma', { name: 'SSc の部屋' }), room('scleroderma-2', { name: 'ssc の部屋' })];
      expect(places(check(content({ rooms })))).toEqual(['error content/rooms/scleroderma-2.mdx name', 'error content/rooms/scleroderma.mdx name']);
    });

    it('reports condition names repeated among conditions', () => {
      const conditions = [condition('scleroderma', { name: '強皮症' }), condition('ssc', { name: '強皮症' })];
      expect(places(check(content({ conditions })))).toEqual(['error content/conditions/scleroderma.mdx name', 'error content/conditions/ssc.mdx name']);
    });

    it('reports event titles used twice anywhere, since forum topic titles are unique site-wide', () => {
      const events = [event('december', { title: 'Online おしゃべり会' }), event('january', { title: 'online おしゃべり会' })];
      const problems = check(content({ events }));
      expect(places(problems)).toEqual(['error content/events/december.mdx title', 'error content/events/january.mdx title']);
      expect(problems[0]?.message).toContain('変えてください');
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
      const late = event('december', { apply: { how: 'フォーム', deadline: '2026-12-12T14:01:00+09:00' } });
      const onTime = event('january', { title: '1月', apply: { how: 'フォーム', deadline: '2026-12-12T14:00:00+09:00' } });
      expect(places(check(content({ events: [late, onTime] })))).toEqual(['error content/events/december.mdx apply.deadline']);
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

    it('warns about an upcoming event in a room that is not open, but not about past or cancelled ones', () => {
      const rooms = [room('scleroderma', { roles: ['patient', 'family'], status: 'preparing', openingNote: '準備中' })];
      const events = [
        event('december'),
        event('past', { title: '過去', start: '2026-10-01T14:00:00+09:00', end: '2026-10-01T15:00:00+09:00', apply: { how: 'フォーム', deadline: '2026-09-30T12:00:00+09:00' } }),
        event('cancelled', { title: '中止', status: 'cancelled' }),
      ];
      expect(places(check(content({ rooms, events })))).toEqual(['warning content/events/december.mdx rooms[0]']);
    });
  });

  it('places each problem on the line the lookup gives for its file and field', () => {
    const lines: Record<string, number> = { 'content/events/december.mdx apply.deadline': 14 };
    const problems = check(content({ events: [event('december', { apply: { how: 'フォーム', deadline: '2026-12-31T00:00:00+09:00' } })] }), {
      lineOf: (file, path) => lines[`${file} ${path.join('.')}`],
    });
    expect(problems).toMatchObject([{ file: 'content/events/december.mdx', line: 14, field: 'apply.deadline', severity: 'error' }]);
  });
});
