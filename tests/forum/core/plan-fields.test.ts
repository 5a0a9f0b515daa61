import { describe, expect, it } from 'vitest';
import { desiredState } from '../../../src/forum/core/desired.ts';
import { readMarker } from '../../../src/forum/core/marker.ts';
import { makePlan } from '../../../src/forum/core/plan.ts';
import { discourseDefaults } from '../../../src/forum/core/settings.ts';
import type { ObservedState, PlanItem, PlanOptions } from '../../../src/forum/core/types.ts';
import { contentSetOf, fixtureData, fixtureNow, type FixtureData } from '../support/fixture.ts';
import { notes, syncedForum } from '../support/observed.ts';

/*
 * The plan field by field, against a forum whose markers note what the sync set: a field the forum holds
 * differently from the note was changed by hand and is kept; one whose note differs from the content is written.
 */

const now = new Date(fixtureNow);
const options: PlanOptions = {
  force: false,
  prune: false,
  only: null,
  settings: { ...discourseDefaults, titlePrettify: false },
  now,
};
const desiredOf = (change: (data: FixtureData) => void = () => {}) => {
  const data = fixtureData();
  change(data);
  return desiredState(contentSetOf(data), { now, calendar: true });
};
const synced = () => syncedForum(desiredOf(), notes());
const item = (
  forum: ObservedState,
  key: string,
  change?: (data: FixtureData) => void,
  extra: Partial<PlanOptions> = {},
) => makePlan(desiredOf(change), forum, { ...options, ...extra }).find((candidate) => candidate.key === key)!;
const fields = (planned: PlanItem) => planned.changes.map((change) => change.field);
const topicOf = (forum: ObservedState, externalId: string) =>
  forum.topics.find((topic) => topic.externalId === externalId)!;

describe('fields changed on the forum by hand', () => {
  it('keeps a title a moderator changed, and still writes the text the content changed', () => {
    const forum = synced();
    topicOf(forum, 'hiroba-event-ssc-2026-12').title = '12月のおしゃべり会';
    const planned = item(forum, 'event:ssc-2026-12', (data) => {
      data.events['ssc-2026-12']!.data['summary'] = 'ゆっくり話します。';
    });
    expect(planned.action).toBe('conflict');
    expect(planned.kept).toEqual([{ field: 'title', forum: '12月のおしゃべり会', path: '/t/202' }]);
    expect(fields(planned)).toEqual(['body']);
  });

  it('writes a title the content changed when the forum still holds the one the sync set', () => {
    const planned = item(synced(), 'event:ssc-2026-12', (data) => {
      data.events['ssc-2026-12']!.data['title'] = '強皮症 おしゃべり会（12月）';
    });
    expect(planned).toMatchObject({ action: 'update', kept: [] });
    expect(fields(planned)).toContain('title');
  });

  it('keeps a welcome a moderator unpinned, and pins it again with --force', () => {
    const forum = synced();
    topicOf(forum, 'hiroba-welcome-scleroderma').status.pinned = false;
    expect(item(forum, 'welcome:scleroderma').kept.map((kept) => kept.field)).toEqual(['pinned']);
    expect(fields(item(forum, 'welcome:scleroderma', undefined, { force: true }))).toEqual(['pinned']);
  });

  it('pins an announcement again when its date moves, even after a moderator unpinned it', () => {
    const forum = synced();
    topicOf(forum, 'hiroba-event-ssc-2026-12').status = {
      pinned: false,
      pinnedUntil: null,
      closed: false,
      visible: true,
    };
    const moved = item(forum, 'event:ssc-2026-12', (data) => {
      Object.assign(data.events['ssc-2026-12']!.data, {
        start: '2026-12-19T14:00:00+09:00',
        end: '2026-12-19T15:30:00+09:00',
      });
    });
    expect(moved.kept).toEqual([]);
    expect(moved.changes).toContainEqual({ field: 'pinned', from: false, to: '2026-12-19T05:00:00.000Z' });
  });

  it('always closes and unpins a cancelled announcement, and replaces a moderator’s text with the cancellation', () => {
    const forum = synced();
    const topic = topicOf(forum, 'hiroba-event-ssc-2026-12');
    topic.firstPost = {
      ...topic.firstPost,
      raw: topic.firstPost.raw.replace('冬の過ごし方', '冬の過ごし方（追記）'),
      version: 2,
    };
    const cancelled = item(forum, 'event:ssc-2026-12', (data) => {
      data.events['ssc-2026-12']!.data['status'] = 'cancelled';
    });
    expect(cancelled).toMatchObject({ action: 'update', kept: [] });
    expect(fields(cancelled)).toEqual(['title', 'body', 'pinned', 'closed']);
    expect(cancelled.notes.join()).toContain('開催・日時・場所が変わったため');
  });

  it('keeps a topic a moderator closed, while the content wants it open', () => {
    const forum = synced();
    topicOf(forum, 'hiroba-welcome-scleroderma').status.closed = true;
    expect(item(forum, 'welcome:scleroderma').kept.map((kept) => kept.field)).toEqual(['closed']);
  });

  it('keeps a category name a co-admin changed, and always restores who may read it', () => {
    const forum = synced();
    const category = forum.categories.find((candidate) => candidate.slug === 'parent')!;
    category.name = '親の部屋（サロン）';
    category.permissions = { everyone: 1 };
    const planned = item(forum, 'room:family-parent');
    expect(planned.kept).toEqual([{ field: 'name', forum: '親の部屋（サロン）', path: `/c/${category.id}` }]);
    expect(fields(planned)).toEqual(['permissions']);
    expect(planned.notes.join()).toContain('内容どおりに戻します');
  });

  it('notes in the marker what it keeps as the sync last set it, so the moderator’s change stays told apart', () => {
    const forum = synced();
    topicOf(forum, 'hiroba-event-ssc-2026-12').title = '12月のおしゃべり会';
    const planned = item(forum, 'event:ssc-2026-12', (data) => {
      data.events['ssc-2026-12']!.data['summary'] = 'ゆっくり話します。';
    });
    if (planned.kind !== 'event' || planned.action !== 'conflict' || planned.observed === null)
      throw new Error('conflict');
    const before = readMarker(planned.observed.firstPost.raw).marker?.fields['title'];
    expect(planned.record.title).toBe(before);
  });
});

describe('a topic whose notes are out of date', () => {
  it('rewrites only the notes when the forum already holds what the content wants (a run stopped between the two)', () => {
    const forum = synced();
    const topic = topicOf(forum, 'hiroba-welcome-scleroderma');
    // The sync reopened the topic, and stopped before its marker noted it.
    topic.firstPost = { ...topic.firstPost, raw: topic.firstPost.raw.replace(' closed=0 ', ' closed=1 ') };
    const planned = item(forum, 'welcome:scleroderma');
    expect(planned).toMatchObject({ action: 'update', kept: [] });
    expect(planned.changes).toEqual([{ field: 'body', detail: '内容は同じです。同期の記録だけ書き直します' }]);
  });

  it('leaves a marker without notes as it is, until its post is written for another reason', () => {
    const forum = syncedForum(desiredOf());
    topicOf(forum, 'hiroba-welcome-scleroderma').status.pinned = false;
    const planned = item(forum, 'welcome:scleroderma');
    expect(planned).toMatchObject({ action: 'update', kept: [] });
    expect(fields(planned)).toEqual(['pinned']);
  });
});
