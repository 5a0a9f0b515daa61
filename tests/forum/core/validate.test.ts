import { describe, expect, it } from 'vitest';
import { desiredState } from '../../../src/forum/core/desired.ts';
import { discourseDefaults, type ForumSettings } from '../../../src/forum/core/settings.ts';
import { validateDesired } from '../../../src/forum/core/validate.ts';
import type { ObservedState } from '../../../src/forum/core/types.ts';
import { contentSetOf, fixtureData, fixtureNow, type FixtureData } from '../support/fixture.ts';

const now = new Date(fixtureNow);
const japaneseForum: ForumSettings = { ...discourseDefaults, source: 'forum', defaultLocale: 'ja', minTopicTitleLength: 6, titleMinEntropy: 3, titlePrettify: false };
const emptyForum: ObservedState = { groups: [], categories: [], topics: [] };

function problemsOf(change: (data: FixtureData) => void, settings = japaneseForum, observed = emptyForum) {
  const data = fixtureData();
  change(data);
  return validateDesired(desiredState(contentSetOf(data), { now, calendar: true }), { settings, observed });
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
    expect(problemsOf(() => {}, japaneseForum, observed)).toEqual([expect.objectContaining({ file: 'content/events/ssc-2026-12.mdx', field: 'title' })]);
  });

  it('refuses a long unbroken Japanese title on an English-locale forum, where Discourse would call it unclear', () => {
    const english = { ...discourseDefaults, source: 'forum' as const };
    const problems = problemsOf((data) => {
      data.events['ssc-2026-12']!.data['title'] = '全身性強皮症患者家族合同冬季特別企画交流会参加者募集案内開催決定告知最新版';
    }, english);
    expect(problems.some((problem) => problem.field === 'title' && problem.message.includes('区切りのない'))).toBe(true);
  });

  it('refuses category slugs Discourse reserves, and sibling name clashes', () => {
    const slugs = problemsOf((data) => {
      data.rooms['scleroderma']!.data['forumSlug'] = '2024';
    });
    expect(slugs).toEqual([expect.objectContaining({ file: 'content/rooms/scleroderma.mdx', field: 'forumSlug' })]);
    const observed: ObservedState = {
      ...emptyForum,
      categories: [
        { id: 50, name: '全身性強皮症', slug: 'ssc-old', color: '000000', textColor: 'FFFFFF', position: 1, parentId: null, permissions: null, readRestricted: false, aboutTopicId: null, about: null },
      ],
    };
    expect(problemsOf(() => {}, japaneseForum, observed)).toEqual([expect.objectContaining({ file: 'content/conditions/scleroderma.mdx', field: 'name' })]);
  });

  it('refuses group names Discourse would not accept', () => {
    const problems = problemsOf((data) => {
      data.rooms['family-parent']!.data['forumGroup'] = 'salon__parent';
    });
    expect(problems).toEqual([expect.objectContaining({ file: 'content/rooms/family-parent.mdx', field: 'forumGroup' })]);
  });
});
