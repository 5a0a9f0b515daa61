import { describe, expect, it } from 'vitest';
import { desiredState } from '../../../src/forum/core/desired.ts';
import { withMarker } from '../../../src/forum/core/marker.ts';
import { estimatedRequests, makePlan } from '../../../src/forum/core/plan.ts';
import { discourseDefaults } from '../../../src/forum/core/settings.ts';
import type { ObservedState, PlanItem, PlanOptions } from '../../../src/forum/core/types.ts';
import { contentSetOf, fixtureData, fixtureNow } from '../support/fixture.ts';
import { syncedForum } from '../support/observed.ts';

const now = new Date(fixtureNow);
const options: PlanOptions = {
  force: false,
  prune: false,
  only: null,
  settings: { ...discourseDefaults, titlePrettify: false },
  now: new Date(fixtureNow),
};
const desired = desiredState(contentSetOf(fixtureData()), { now, calendar: true });
const emptyForum: ObservedState = { groups: [], categories: [], topics: [] };

const byKey = (items: PlanItem[], key: string) => items.find((item) => item.key === key)!;
const actions = (items: PlanItem[]) => Object.fromEntries(items.map((item) => [item.key, item.action]));

describe('the plan against an empty forum', () => {
  const items = makePlan(desired, emptyForum, options);

  it('creates the group, every category and every topic, parents before children and categories before topics', () => {
    expect(items.map((item) => `${item.action} ${item.key}`)).toEqual([
      'create group:salon_parent',
      'create condition:scleroderma',
      'create condition:family',
      'create room:scleroderma',
      'create room:family-parent',
      'create welcome:scleroderma',
      'create welcome:family-parent',
      'create event:ssc-2026-12',
      'create event:parent-2027-02',
      'create event:ssc-2026-10',
    ]);
  });

  it('says what each creation sets', () => {
    expect(byKey(items, 'event:ssc-2026-10').changes).toEqual([
      { field: 'title', to: '強皮症 オンラインおしゃべり会（10月）' },
      { field: 'category', to: '(これから作るカテゴリ)' },
      expect.objectContaining({ field: 'body' }),
      { field: 'closed', from: false, to: true },
    ]);
  });
});

describe('the plan against a forum already in step', () => {
  it('leaves everything unchanged', () => {
    const items = makePlan(desired, syncedForum(desired), options);
    expect(new Set(items.map((item) => item.action))).toEqual(new Set(['unchanged']));
    expect(items.reduce((sum, item) => sum + estimatedRequests(item), 0)).toBe(0);
  });

  it('finds categories by slug under their parent, not by name', () => {
    const forum = syncedForum(desired);
    forum.categories.find((category) => category.slug === 'community')!.name = '古い名前';
    const item = byKey(makePlan(desired, forum, options), 'room:scleroderma');
    expect(item.action).toBe('update');
    expect(item.changes).toEqual([
      { field: 'name', from: '古い名前', to: '全身性強皮症 当事者・ご家族 オンラインコミュニティ' },
    ]);
  });

  it('ignores positions unless the forum fixes category positions', () => {
    const forum = syncedForum(desired);
    forum.categories[0]!.position = 99;
    expect(byKey(makePlan(desired, forum, options), 'condition:scleroderma').action).toBe('unchanged');
    const fixed = { ...options, settings: { ...options.settings, fixedCategoryPositions: true } };
    expect(byKey(makePlan(desired, forum, fixed), 'condition:scleroderma').changes).toEqual([
      { field: 'position', from: 99, to: 10 },
    ]);
  });

  it('does not rewrite a title that differs only in whitespace', () => {
    const forum = syncedForum(desired);
    forum.topics[0]!.title = forum.topics[0]!.title.replace(' ', '  ');
    expect(byKey(makePlan(desired, forum, options), 'welcome:scleroderma').action).toBe('unchanged');
  });
});

describe('the plan after the content changed', () => {
  const data = fixtureData();
  data.events['ssc-2026-12']!.data['status'] = 'cancelled';
  const changed = desiredState(contentSetOf(data), { now, calendar: true });
  const items = makePlan(changed, syncedForum(desired), options);

  it('updates only the changed event: its title, body and status', () => {
    expect(Object.entries(actions(items)).filter(([, action]) => action !== 'unchanged')).toEqual([
      ['event:ssc-2026-12', 'update'],
    ]);
    expect(byKey(items, 'event:ssc-2026-12').changes.map((change) => change.field)).toEqual([
      'title',
      'body',
      'pinned',
      'closed',
    ]);
    expect(estimatedRequests(byKey(items, 'event:ssc-2026-12'))).toBe(3);
  });
});

describe('posts edited on the forum', () => {
  const forum = syncedForum(desired);
  const welcome = forum.topics.find((topic) => topic.externalId === 'hiroba-welcome-scleroderma')!;
  welcome.firstPost = { ...welcome.firstPost, raw: welcome.firstPost.raw.replace('不安を', '心配を'), version: 2 };

  it('are conflicts, left alone', () => {
    const item = byKey(makePlan(desired, forum, options), 'welcome:scleroderma');
    expect(item.action).toBe('conflict');
    expect(item.kept).toEqual([{ field: 'body', forum: null, path: '/t/200' }]);
  });

  it('are overwritten with --force', () => {
    const item = byKey(makePlan(desired, forum, { ...options, force: true }), 'welcome:scleroderma');
    expect(item.action).toBe('update');
    expect(item.changes.map((change) => change.field)).toEqual(['body']);
  });

  it('count as About post conflicts too, while a never-revised placeholder is simply replaced', () => {
    const edited = syncedForum(desired);
    edited.categories[0]!.about = { id: 900, raw: '運営が手で書いた説明です。', version: 3 };
    expect(byKey(makePlan(desired, edited, options), 'condition:scleroderma').action).toBe('conflict');
    edited.categories[0]!.about = {
      id: 900,
      raw: '[Replace this first paragraph with a short description]',
      version: 1,
    };
    expect(byKey(makePlan(desired, edited, options), 'condition:scleroderma').action).toBe('update');
  });
});

describe('items gone from the content', () => {
  const forum = syncedForum(desired);
  forum.topics.push({
    id: 999,
    externalId: 'hiroba-event-old-2025',
    markerKey: null,
    categoryId: 102,
    title: '昔の交流会',
    status: { pinned: false, pinnedUntil: null, closed: false, visible: true },
    firstPost: { id: 998, raw: withMarker('昔の本文', 'event:old-2025'), version: 1 },
  });

  it('are reported as orphaned; an announcement is closed (and unpinned), so nobody takes it for an event to come', () => {
    const item = byKey(makePlan(desired, forum, options), 'hiroba-event-old-2025');
    expect(item).toMatchObject({
      kind: 'event',
      action: 'orphaned',
      changes: [{ field: 'closed', from: false, to: true }],
    });
  });

  it('are closed and unlisted with --prune, never deleted', () => {
    const item = byKey(makePlan(desired, forum, { ...options, prune: true }), 'hiroba-event-old-2025');
    expect(item.changes).toEqual([
      { field: 'closed', from: false, to: true },
      { field: 'visible', from: true, to: false },
    ]);
  });
});

describe('--only', () => {
  it('keeps rooms (groups, categories, welcome topics) or events', () => {
    const rooms = makePlan(desired, emptyForum, { ...options, only: 'rooms' });
    const events = makePlan(desired, emptyForum, { ...options, only: 'events' });
    expect(new Set(rooms.map((item) => item.kind))).toEqual(new Set(['group', 'category', 'welcome']));
    expect(new Set(events.map((item) => item.kind))).toEqual(new Set(['event']));
  });
});
