import { describe, expect, it } from 'vitest';
import type { CheckableContent } from '../../src/checker/cross-check.ts';
import { checkedDesiredState, forumCheck } from '../../src/checker/forum-check.ts';
import type { Problem } from '../../src/lib/problem.ts';
import { discourseDefaults, type ForumSettings } from '../../src/forum/core/settings.ts';
import { validateDesired } from '../../src/forum/core/validate.ts';
import { condition, content, event, now, places, room, site } from './support/content-builders.ts';

const withSite = (set: CheckableContent) => ({ ...set, site: set.site ?? site(['2026-11-23']) });

function check(set: CheckableContent): Problem[] {
  return forumCheck(withSite(set), { now });
}

/** A forum in Japanese, as Discourse sets one up: the sync's own validation with the forum's settings. */
const japaneseForum: ForumSettings = {
  ...discourseDefaults,
  source: 'forum',
  defaultLocale: 'ja',
  minTopicTitleLength: 6,
  titleMinEntropy: 3,
  titlePrettify: false,
};

function syncRefusals(set: CheckableContent, settings: ForumSettings = japaneseForum): Problem[] {
  return validateDesired(checkedDesiredState(withSite(set), now), {
    settings,
    observed: { groups: [], categories: [], topics: [] },
  }).map(({ problem }) => problem);
}

const messages = (problems: Problem[]) => problems.map((problem) => problem.message);

describe("the forum's rules, run by the content check", () => {
  it('finds nothing wrong in consistent content, and neither does the sync', () => {
    expect(check(content())).toEqual([]);
    expect(syncRefusals(content())).toEqual([]);
  });

  describe('names the forum needs unique', () => {
    /** A condition is a category only when a room of it is on the forum. */
    const forumRoomOf = (conditionId: string) => room(`${conditionId}-room`, { condition: conditionId });

    it('reports conditions whose forum slugs collide, counting a missing forumSlug as the file name', () => {
      const conditions = [condition('scleroderma'), condition('ssc', { forumSlug: 'scleroderma' })];
      const problems = check(content({ conditions, rooms: [forumRoomOf('scleroderma'), forumRoomOf('ssc')] }));
      expect(places(problems)).toEqual([
        'error content/conditions/scleroderma.mdx forumSlug',
        'error content/conditions/ssc.mdx forumSlug',
      ]);
      expect(problems.map((problem) => problem.message).join()).toContain('content/conditions/ssc.mdx と同じです');
    });

    it('reports rooms of the same condition with the same forum slug', () => {
      const rooms = [
        room('scleroderma', { forumSlug: 'community' }),
        room('scleroderma-2', { forumSlug: 'community' }),
      ];
      expect(places(check(content({ rooms })))).toEqual([
        'error content/rooms/scleroderma-2.mdx forumSlug',
        'error content/rooms/scleroderma.mdx forumSlug',
      ]);
    });

    it('leaves a condition whose rooms are not on the forum off it, and so out of its name rules', () => {
      const conditions = [condition('scleroderma'), condition('ssc', { forumSlug: 'scleroderma' })];
      expect(check(content({ conditions }))).toEqual([]);
    });

    it('allows the same room forum slug under different conditions, as Discourse only requires siblings to differ', () => {
      const conditions = [condition('scleroderma'), condition('mpa')];
      const rooms = [
        room('scleroderma', { forumSlug: 'community' }),
        room('mpa', { condition: 'mpa', forumSlug: 'community' }),
      ];
      expect(check(content({ conditions, rooms }))).toEqual([]);
      expect(syncRefusals(content({ conditions, rooms }))).toEqual([]);
    });

    it('reports room names repeated within a condition, ignoring letter case like Discourse', () => {
      const rooms = [room('scleroderma', { name: 'SSc の部屋' }), room('scleroderma-2', { name: 'ssc の部屋' })];
      expect(places(check(content({ rooms })))).toEqual([
        'error content/rooms/scleroderma-2.mdx name',
        'error content/rooms/scleroderma.mdx name',
      ]);
    });

    it('reports condition names repeated among conditions', () => {
      const conditions = [condition('scleroderma', { name: '強皮症' }), condition('ssc', { name: '強皮症' })];
      expect(places(check(content({ conditions, rooms: [forumRoomOf('scleroderma'), forumRoomOf('ssc')] })))).toEqual([
        'error content/conditions/scleroderma.mdx name',
        'error content/conditions/ssc.mdx name',
      ]);
    });

    it('reports event titles used twice anywhere, since forum topic titles are unique site-wide', () => {
      const events = [
        event('december', { title: 'Online おしゃべり会' }),
        event('january', { title: 'online おしゃべり会' }),
      ];
      const problems = check(content({ events }));
      expect(places(problems)).toEqual([
        'error content/events/december.mdx title',
        'error content/events/january.mdx title',
      ]);
      expect(problems[0]?.message).toContain('変えてください');
    });
  });

  describe('titles, compared as the forum stores them', () => {
    it('treats an ideographic or other Unicode space as the plain space Discourse turns it into', () => {
      for (const space of ['\u3000', '\u00a0', '\u2003']) {
        const events = [
          event('december', { title: '強皮症 交流会' }),
          event('january', { title: `強皮症${space}交流会` }),
        ];
        expect(places(check(content({ events }))), JSON.stringify(space)).toEqual([
          'error content/events/december.mdx title',
          'error content/events/january.mdx title',
        ]);
        expect(messages(check(content({ events })))).toContain(
          '交流会の題名「強皮症 交流会」が content/events/december.mdx と同じです（フォーラムは、空白の種類や英字の大文字・小文字のちがいを区別しません）。フォーラムの話題の題名は重ねられないので、日付を入れるなどして変えてください。',
        );
      }
    });

    it('compares the titles the topics get: a cancelled event is marked, so its title may repeat a marked one', () => {
      const events = [
        event('december', { title: '【中止】冬の交流会のお知らせ' }),
        event('january', { title: '冬の交流会のお知らせ', status: 'cancelled' }),
      ];
      expect(places(check(content({ events })))).toEqual([
        'error content/events/december.mdx title',
        'error content/events/january.mdx title',
      ]);
      const apart = [
        event('december', { title: '冬の交流会のお知らせ' }),
        event('january', { title: '冬の交流会のお知らせ', status: 'cancelled' }),
      ];
      expect(check(content({ events: apart }))).toEqual([]);
      expect(syncRefusals(content({ events: apart }))).toEqual([]);
    });

    it('shares one namespace between welcome topics and announcements', () => {
      const events = [event('december', { title: '「部屋 scleroderma」へようこそ' })];
      expect(check(content({ events }))).toEqual([
        expect.objectContaining({
          file: 'content/events/december.mdx',
          field: 'title',
          message:
            '交流会の題名「「部屋 scleroderma」へようこそ」が content/rooms/scleroderma.mdx と同じです。フォーラムの話題の題名は重ねられないので、日付を入れるなどして変えてください。',
        }),
        expect.objectContaining({
          file: 'content/rooms/scleroderma.mdx',
          field: 'name',
          message:
            'ようこその話題の題名「「部屋 scleroderma」へようこそ」が content/events/december.mdx と同じです。フォーラムの話題の題名は重ねられないので、部屋の名前を変えてください。',
        }),
      ]);
    });

    it('refuses a title without a letter or digit, and a calendar event name under 5 characters', () => {
      const problems = check(content({ events: [event('december', { title: '☕☕' })] }));
      expect(places(problems)).toEqual(['error content/events/december.mdx title']);
      expect(problems[0]?.message).toContain('文字も数字もない');
      const calendar = {
        ...site(['2026-11-23']),
        forum: { url: 'https://forum.hiroba.example/', calendarEvents: true },
      };
      const short = forumCheck(
        { ...content({ events: [event('december', { title: '茶話会' })] }), site: calendar },
        { now },
      );
      expect(messages(short)).toEqual([
        'フォーラムのカレンダーは、予定の名前（交流会の題名）が 5〜255 文字でないと受け付けません（いま 3 文字）。題名をくわしくしてください。',
      ]);
      expect(check(content({ events: [event('december', { title: '茶話会' })] }))).toEqual([]);
    });
  });

  describe('category names', () => {
    it('counts characters as Discourse does: 50 code points pass even when one needs two UTF-16 units', () => {
      const fifty = `${'部'.repeat(48)}𠮷屋`;
      expect(fifty.length).toBe(51);
      const rooms = [room('scleroderma', { name: fifty })];
      expect(check(content({ rooms }))).toEqual([]);
      expect(syncRefusals(content({ rooms }))).toEqual([]);
    });

    it('refuses a room or condition name over 50 characters, at its name', () => {
      const rooms = [room('scleroderma', { name: '部'.repeat(51) })];
      const conditions = [condition('scleroderma', { name: '病'.repeat(60) })];
      expect(check(content({ rooms, conditions }))).toEqual([
        {
          file: 'content/conditions/scleroderma.mdx',
          field: 'name',
          message: 'フォーラムのカテゴリ名は 50 文字までです（いま 60 文字）。短くしてください。',
          severity: 'error',
        },
        {
          file: 'content/rooms/scleroderma.mdx',
          field: 'name',
          message: 'フォーラムのカテゴリ名は 50 文字までです（いま 51 文字）。短くしてください。',
          severity: 'error',
        },
      ]);
    });

    it('refuses slugs Discourse reserves, written or taken from the file name', () => {
      const conditions = [condition('scleroderma'), condition('2027')];
      const rooms = [room('scleroderma', { forumSlug: 'none' }), room('2027-room', { condition: '2027' })];
      expect(places(check(content({ conditions, rooms })))).toEqual([
        'error content/conditions/2027.mdx forumSlug',
        'error content/rooms/scleroderma.mdx forumSlug',
      ]);
    });
  });

  describe('group names', () => {
    const members = (forumGroup: string, slug = 'scleroderma') =>
      room(slug, { visibility: 'members', forumGroup, roles: ['patient', 'family'] });

    it("follow Discourse's username rules, the one pattern for check and sync", () => {
      for (const name of ['salon_parent', 'salon.parent', 'salon-2027', '_salon', 'abc']) {
        expect(check(content({ rooms: [members(name)] })), name).toEqual([]);
        expect(syncRefusals(content({ rooms: [members(name)] })), name).toEqual([]);
      }
      for (const name of ['ab_', 'ab', 'salon__parent', '-salon', 'サロン', 'a'.repeat(21), 'salon.json']) {
        expect(places(check(content({ rooms: [members(name)] }))), name).toEqual([
          'error content/rooms/scleroderma.mdx forumGroup',
        ]);
      }
    });

    it('may not be a group every forum has, nor spell one group two ways', () => {
      expect(messages(check(content({ rooms: [members('staff')] })))).toEqual([
        '「staff」はフォーラムにもともとあるグループの名前なので使えません。この部屋のための名前を付けてください（例: salon_parent）。',
      ]);
      const rooms = [members('Salon'), members('salon', 'scleroderma-2')];
      expect(check(content({ rooms }))).toEqual([
        expect.objectContaining({
          file: 'content/rooms/scleroderma-2.mdx',
          field: 'forumGroup',
          message:
            'グループ名「salon」が content/rooms/scleroderma.mdx の「Salon」と大文字・小文字だけ違います。同じグループなら同じ書き方にしてください。',
        }),
      ]);
    });
  });

  it('refuses a post longer than the forum takes, at the body', () => {
    const long = { ...room('scleroderma'), body: '話'.repeat(32_000) };
    expect(check(content({ rooms: [long] }))).toEqual([
      expect.objectContaining({
        file: 'content/rooms/scleroderma.mdx',
        message: expect.stringMatching(
          /^フォーラムの投稿は 32000 文字までです（いま 3\d{4} 文字）。本文を短くしてください。$/,
        ),
      }),
    ]);
    expect(check(content({ rooms: [long] }))[0]).not.toHaveProperty('field');
  });

  it('places each problem on the line the lookup gives, the body on its first line', () => {
    const long = { ...room('scleroderma', { forumSlug: '2027' }), body: '話'.repeat(32_000) };
    const problems = forumCheck(withSite(content({ rooms: [long] })), {
      now,
      lineOf: (_file, place) => (place === 'body' ? 20 : place.join('.') === 'forumSlug' ? 12 : undefined),
    });
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.field ?? ''}`)).toEqual([
      'content/rooms/scleroderma.mdx:12 forumSlug',
      'content/rooms/scleroderma.mdx:20 ',
    ]);
  });

  it('leaves out rooms and events whose references do not resolve, and waits for a valid site.yaml', () => {
    const rooms = [room('scleroderma'), room('lost', { condition: 'nowhere', name: '部'.repeat(60) })];
    const events = [event('december', { rooms: ['lost'], title: '☕' })];
    expect(check(content({ rooms, events }))).toEqual([]);
    expect(forumCheck(content({ rooms: [room('scleroderma', { name: '部'.repeat(60) })] }), { now })).toEqual([]);
  });
});
