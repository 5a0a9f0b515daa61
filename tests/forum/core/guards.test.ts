import { describe, expect, it } from 'vitest';
import { desiredState } from '../../../src/forum/core/desired.ts';
import { forumRevisions, guardPlan } from '../../../src/forum/core/guards.ts';
import { makePlan } from '../../../src/forum/core/plan.ts';
import { discourseDefaults } from '../../../src/forum/core/settings.ts';
import type { PlanOptions } from '../../../src/forum/core/types.ts';
import { contentSetOf, fixtureData, fixtureNow } from '../support/fixture.ts';
import { notes, syncedForum } from '../support/observed.ts';

const now = new Date(fixtureNow);
const options: PlanOptions = { force: false, prune: false, only: null, settings: discourseDefaults, now };
const guards = { confirmPublic: false, force: false, newerRevisions: new Set<string>() };

describe('what the plan may not do without being told', () => {
  it('opens a members-only room to everyone only with --confirm-public, and stops nothing else', () => {
    const forum = syncedForum(desiredState(contentSetOf(fixtureData()), { now, calendar: true }), notes());
    const data = fixtureData();
    Object.assign(data.rooms['family-parent']!.data, { visibility: 'public' });
    delete data.rooms['family-parent']!.data['forumGroup'];
    data.events['ssc-2026-12']!.data['summary'] = '変わりました。';
    const items = makePlan(desiredState(contentSetOf(data), { now, calendar: true }), forum, options);
    const problems = guardPlan(items, guards);
    expect(problems.map(({ keys, problem }) => [keys, problem.file, problem.field])).toEqual([
      [['room:family-parent'], 'content/rooms/family-parent.mdx', 'visibility'],
    ]);
    expect(problems[0]!.problem.message).toContain('--confirm-public');
    expect(guardPlan(items, { ...guards, confirmPublic: true })).toEqual([]);
  });

  it('does not undo what the forum holds from newer content, unless --force; unchanged items are no concern', () => {
    const newer = 'c0ffee000000@1800000000';
    const forum = syncedForum(desiredState(contentSetOf(fixtureData()), { now, calendar: true }), notes(newer));
    expect(forumRevisions(forum)).toEqual([newer]);
    const data = fixtureData();
    data.rooms['scleroderma']!.data['name'] = '古い名前のままの部屋';
    const items = makePlan(desiredState(contentSetOf(data), { now, calendar: true }), forum, options);
    const stale = guardPlan(items, { ...guards, newerRevisions: new Set([newer]) });
    expect(stale.flatMap(({ keys }) => keys).sort()).toEqual(
      ['event:ssc-2026-10', 'event:ssc-2026-12', 'room:scleroderma', 'welcome:scleroderma'].sort(),
    );
    expect(stale[0]!.problem.message).toContain('git pull');
    expect(guardPlan(items, { ...guards, force: true, newerRevisions: new Set([newer]) })).toEqual([]);
  });
});
