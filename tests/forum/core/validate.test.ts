import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checker/check.ts';
import { checkedDesiredState } from '../../../src/checker/forum-check.ts';
import { desiredState } from '../../../src/forum/core/desired.ts';
import { discourseDefaults, type ForumSettings } from '../../../src/forum/core/settings.ts';
import { validateDesired } from '../../../src/forum/core/validate.ts';
import type { ObservedState } from '../../../src/forum/core/types.ts';
import { contentSetOf, fixtureData, fixtureNow, type FixtureData } from '../support/fixture.ts';

const now = new Date(fixtureNow);
const japaneseForum: ForumSettings = {
  ...discourseDefaults,
  source: 'forum',
  defaultLocale: 'ja',
  minTopicTitleLength: 6,
  titleMinEntropy: 3,
  titlePrettify: false,
};
const emptyForum: ObservedState = { groups: [], categories: [], topics: [] };

function problemsOf(change: (data: FixtureData) => void, settings = japaneseForum, observed = emptyForum) {
  const data = fixtureData();
  change(data);
  return validateDesired(desiredState(contentSetOf(data), { now, calendar: true }), { settings, observed }).map(
    ({ problem }) => problem,
  );
}

describe('checks against the forum’s limits before any write', () => {
  it('finds nothing wrong with good content', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it('refuses a title longer than the forum allows, naming the file and field', () => {
    const problems = problemsOf(() => {}, { ...japaneseForum, maxTopicTitleLength: 18 });
    const files = problems.map((problem) => `${problem.file} ${problem.field}`);
    expect(files).toContain('content/events/ssc-2026-12.mdx title');
    expect(files).not.toContain('content/events/parent-2027-02.mdx title');
    expect(problems[0]!.message).toContain('6〜18 文字');
  });

  it('refuses two topics with the same title, naming both files', () => {
    const problems = problemsOf((data) => {
      data.events['ssc-2026-10']!.data['title'] = data.events['ssc-2026-12']!.data['title'];
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/events/ssc-2026-10.mdx', field: 'title' }),
      expect.objectContaining({ file: 'content/events/ssc-2026-12.mdx', field: 'title' }),
    ]);
  });

  it('refuses a title a topic the sync does not manage already has', () => {
    const observed: ObservedState = {
      ...emptyForum,
      topics: [
        {
          id: 7,
          externalId: null,
          markerKey: null,
          categoryId: 3,
          title: '強皮症 オンラインおしゃべり会（12月）',
          status: { pinned: false, pinnedUntil: null, closed: false, visible: true },
          firstPost: { id: 8, raw: '別の人の話題', version: 1 },
        },
      ],
    };
    expect(problemsOf(() => {}, japaneseForum, observed)).toEqual([
      expect.objectContaining({ file: 'content/events/ssc-2026-12.mdx', field: 'title' }),
    ]);
  });

  it('refuses a long unbroken Japanese title on an English-locale forum, where Discourse would call it unclear', () => {
    const english = { ...discourseDefaults, source: 'forum' as const };
    const problems = problemsOf((data) => {
      data.events['ssc-2026-12']!.data['title'] =
        '全身性強皮症患者家族合同冬季特別企画交流会参加者募集案内開催決定告知最新版';
    }, english);
    expect(problems.some((problem) => problem.field === 'title' && problem.message.includes('区切りのない'))).toBe(
      true,
    );
  });

  it('refuses category slugs Discourse reserves, and sibling name clashes', () => {
    const slugs = problemsOf((data) => {
      data.rooms['scleroderma']!.data['forumSlug'] = '2024';
    });
    expect(slugs).toEqual([expect.objectContaining({ file: 'content/rooms/scleroderma.mdx', field: 'forumSlug' })]);
    const observed: ObservedState = {
      ...emptyForum,
      categories: [
        {
          id: 50,
          name: '全身性強皮症',
          slug: 'ssc-old',
          color: '000000',
          textColor: 'FFFFFF',
          position: 1,
          parentId: null,
          permissions: null,
          readRestricted: false,
          aboutTopicId: null,
          about: null,
        },
      ],
    };
    expect(problemsOf(() => {}, japaneseForum, observed)).toEqual([
      expect.objectContaining({ file: 'content/conditions/scleroderma.mdx', field: 'name' }),
    ]);
  });

  it('refuses group names Discourse would not accept', () => {
    const problems = problemsOf((data) => {
      data.rooms['family-parent']!.data['forumGroup'] = 'salon__parent';
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/rooms/family-parent.mdx', field: 'forumGroup' }),
    ]);
  });

  it('refuses a title of capitals only where the forum keeps capitals, as Discourse finds it shouting', () => {
    const shout = (data: FixtureData) => {
      data.events['ssc-2026-12']!.data['title'] = 'ADHD FAMILY MEETUP';
    };
    expect(problemsOf(shout)).toEqual([
      expect.objectContaining({
        file: 'content/events/ssc-2026-12.mdx',
        field: 'title',
        message: 'フォーラムは、英字の大文字だけの題名を受け付けません。小文字を混ぜてください。',
      }),
    ]);
    // title_prettify (on by default) lowers such a title before it is checked.
    expect(problemsOf(shout, { ...discourseDefaults, source: 'forum' })).toEqual([]);
  });

  it('puts the line of each field on its problem when told where the fields are', () => {
    const data = fixtureData();
    data.rooms['family-parent']!.data['forumGroup'] = 'salon__parent';
    const problems = validateDesired(desiredState(contentSetOf(data), { now, calendar: true }), {
      settings: japaneseForum,
      observed: emptyForum,
      lineOf: (file, place) =>
        place === 'body'
          ? undefined
          : `${file} ${place.join('.')}` === 'content/rooms/family-parent.mdx forumGroup'
            ? 11
            : undefined,
    }).map(({ problem }) => problem);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/rooms/family-parent.mdx', line: 11, field: 'forumGroup' }),
    ]);
  });
});

describe('refuses nothing the content check passed for the content’s sake', () => {
  const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
  const checkNow = new Date('2026-11-30T12:00:00+09:00');

  it.each([
    ['the sample content', 'content'],
    ['the broken fixture', 'tests/fixtures/broken-content'],
  ])(
    '%s: every refusal on a Japanese-locale forum is one the check already reported, at the same line',
    async (_, folder) => {
      const checked = await checkContent(`${projectRoot}${folder}`, checkNow, projectRoot);
      if (!checked.content) throw new Error('site.yaml did not validate');
      const desired = checkedDesiredState(checked.content, checkNow);
      const refused = validateDesired(desired, {
        settings: japaneseForum,
        observed: emptyForum,
        lineOf: checked.lineOf,
      }).map(({ problem }) => problem);
      for (const problem of refused) expect(checked.problems).toContainEqual(problem);
      if (checked.ok) expect(refused).toEqual([]);
      else expect(refused.length).toBeGreaterThan(0);
    },
  );

  it('the sample content: nothing at all, on a forum left at Discourse’s defaults either', async () => {
    const checked = await checkContent(`${projectRoot}content`, checkNow, projectRoot);
    if (!checked.content) throw new Error('site.yaml did not validate');
    const refused = validateDesired(checkedDesiredState(checked.content, checkNow), {
      settings: discourseDefaults,
      observed: emptyForum,
    }).map(({ problem }) => problem);
    expect(refused).toEqual([]);
  });
});
