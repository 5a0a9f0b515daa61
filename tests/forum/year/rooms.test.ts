import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forumState } from '../support/harness.ts';
import { categoryOf, duplicates, openCommunity, person, postsBy, room, topicOf, type Community } from './community.ts';

/*
 * A room's year: it opens, is renamed and given new rules, gets a new address, moves to another condition and is
 * closed down. Through all of it the room stays one category, and the members' conversations stay in it.
 */

let community: Community;
beforeAll(async () => {
  community = await openCommunity();
});
afterAll(() => community.close());

const member = () => person(community.forum, 'forum_member');

describe('a room through a year', () => {
  let roomId = 0;

  it('opens: the first apply makes every group, category and topic, and a second run writes nothing', async () => {
    const first = await community.apply();
    expect(first.code).toBe(0);
    roomId = categoryOf(community.forum, 'room:scleroderma').id;
    expect(room(community.forum, 'room:scleroderma')).toMatchObject({ slug: 'community', parent: 'scleroderma' });
    expect(forumState(community.forum).liveTopicCount).toBe(4 + 5);
    await member().reply('hiroba-welcome-scleroderma', 'はじめまして。よろしくお願いします。');
    await member().reply('hiroba-event-ssc-2026-12', '参加します。楽しみにしています。');
    const again = await community.apply();
    expect({ code: again.code, writes: again.report.writes }).toEqual({ code: 0, writes: 0 });
  });

  it('is renamed, with new rules and mottos: the same category and group take the new name', async () => {
    await community.edit((content) => {
      const data = content.rooms['family-parent']!.data;
      data['name'] = '家族のサロン 親の部屋（精神疾患）';
      data['rules'] = ['医療の助言はしないでください。'];
      data['mottos'] = ['ゆっくり話せる場所にします。'];
    });
    const run = await community.apply();
    expect(run.code).toBe(0);
    expect(room(community.forum, 'room:family-parent').name).toBe('家族のサロン 親の部屋（精神疾患）');
    expect(community.forum.dump().groups.find((group) => group.name === 'salon_parent')?.full_name).toBe(
      '家族のサロン 親の部屋（精神疾患）',
    );
    const welcome = topicOf(community.forum, 'hiroba-welcome-family-parent');
    expect(welcome.title).toBe('「家族のサロン 親の部屋（精神疾患）」へようこそ');
    expect(welcome.raw).toContain('医療の助言はしないでください。');
    expect(welcome.raw).toContain('ゆっくり話せる場所にします。');
    // The group's name, the category's name, the About post's notes, the welcome topic, and the room's announcement
    // (it links to the room by name).
    expect(run.report.writes).toBe(5);
  });

  it('gets a new URL name: the category keeps its id and conversations, and the plan warns about old links', async () => {
    await community.edit((content) => {
      content.rooms['scleroderma']!.data['forumSlug'] = 'ssc-community';
    });
    const plan = await community.plan();
    expect(plan.item('room:scleroderma').changes).toContainEqual({
      field: 'slug',
      from: 'community',
      to: 'ssc-community',
    });
    expect(plan.item('room:scleroderma').warnings.join()).toContain('古い URL');
    const run = await community.apply();
    expect(run.code).toBe(0);
    expect(room(community.forum, 'room:scleroderma')).toMatchObject({ id: roomId, slug: 'ssc-community' });
    expect(topicOf(community.forum, 'hiroba-welcome-scleroderma').categoryId).toBe(roomId);
    expect(postsBy(community.forum, 'forum_member').every((post) => post.categoryId === roomId)).toBe(true);
    // The category's URL name, and the About post's notes.
    expect(run.report.writes).toBe(2);
    expect(duplicates(community.forum)).toEqual({ categories: [], titles: [] });
  });

  it('moves to another condition: the category moves, with its topics and replies, instead of splitting', async () => {
    await community.edit((content) => {
      content.rooms['scleroderma']!.data['condition'] = 'family';
    });
    const run = await community.apply();
    expect(run.code).toBe(0);
    expect(run.item('room:scleroderma').changes.map((change) => change.field)).toEqual(['parent']);
    expect(room(community.forum, 'room:scleroderma')).toMatchObject({ id: roomId, parent: 'family-salon' });
    expect(topicOf(community.forum, 'hiroba-event-ssc-2026-12').categoryId).toBe(roomId);
    expect(postsBy(community.forum, 'forum_member')).toHaveLength(2);
    expect(postsBy(community.forum, 'forum_member').every((post) => post.categoryId === roomId)).toBe(true);
    expect(forumState(community.forum).categoryCount).toBe(4);
    // The category's parent, and the welcome topic (it names the condition).
    expect(run.report.writes).toBe(2);
  });

  it('is closed down: the category stays as it is, its announcements are closed, its welcome is kept until --prune', async () => {
    const welcome = topicOf(community.forum, 'hiroba-welcome-scleroderma').id;
    await community.edit((content) => {
      delete content.rooms['scleroderma'];
      delete content.events['ssc-2026-12'];
      delete content.events['ssc-2026-10'];
    });
    const run = await community.apply();
    expect(run.code).toBe(0);
    expect(run.item('room:scleroderma')).toMatchObject({ action: 'orphaned', outcome: 'skipped' });
    expect(run.item('event:ssc-2026-12')).toMatchObject({ action: 'orphaned', outcome: 'closed' });
    expect(topicOf(community.forum, 'hiroba-event-ssc-2026-12')).toMatchObject({
      pinned: false,
      closed: true,
      visible: true,
    });
    expect(topicOf(community.forum, 'hiroba-welcome-scleroderma')).toMatchObject({ pinned: true, closed: false });
    expect(room(community.forum, 'room:scleroderma').id).toBe(roomId);

    const pruned = await community.apply('--prune');
    expect(pruned.code).toBe(0);
    expect(community.forum.dump().topics.find((topic) => topic.id === welcome)).toMatchObject({
      closed: true,
      visible: false,
      deleted_at: null,
    });
    expect(postsBy(community.forum, 'forum_member')).toHaveLength(2);
    const settled = await community.apply('--prune');
    expect({ code: settled.code, writes: settled.report.writes }).toEqual({ code: 0, writes: 0 });
  });
});
