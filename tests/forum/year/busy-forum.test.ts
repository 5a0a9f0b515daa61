import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desiredState } from '../../../src/forum/core/desired.ts';
import { contentSetOf, fixtureData, fixtureNow } from '../support/fixture.ts';
import { forumState } from '../support/harness.ts';
import { openCommunity, person, postsBy, type Community } from './community.ts';

/*
 * A forum in full use: members write a hundred and fifty replies, the forum's host turns some lists off. The sync
 * still sees nothing to change, touches no member's post, and says what it could not read in a list.
 */

let community: Community;
beforeAll(async () => {
  community = await openCommunity();
  await community.apply();
});
afterAll(() => community.close());

const desired = desiredState(contentSetOf(fixtureData()), { now: new Date(fixtureNow), calendar: true });
const posts = desired.categories.length + desired.topics.length;

describe('a busy forum', () => {
  it('has 150 member replies and nothing to change: no write, no conflict, every member post as written', async () => {
    const member = person(community.forum, 'forum_member');
    const topics = ['hiroba-welcome-scleroderma', 'hiroba-event-ssc-2026-12'];
    for (let reply = 0; reply < 150; reply++)
      await member.reply(
        topics[reply % topics.length]!,
        `${reply + 1} 回目の書き込みです。いつもありがとうございます。`,
      );
    const written = postsBy(community.forum, 'forum_member');
    const run = await community.apply();
    expect({ code: run.code, writes: run.report.writes }).toEqual({ code: 0, writes: 0 });
    expect(new Set(run.report.items.map((item: { action: string }) => item.action))).toEqual(new Set(['unchanged']));
    expect(postsBy(community.forum, 'forum_member')).toEqual(written);
    // The latest posts are all replies now: after two pages without the sync's posts, they are read one by one.
    expect(run.report.reads).toBe(2 + 1 + 1 + 2 + posts);
  });

  it('reads post by post, says so, and still exits 0 where the forum answers 404 on the latest posts', async () => {
    community.forum.setUnoffered({ listPosts: 404 });
    try {
      const run = await community.apply();
      expect({ code: run.code, writes: run.report.writes }).toEqual({ code: 0, writes: 0 });
      expect(run.report.notices.join()).toContain('/posts.json');
      expect(run.report.reads).toBe(2 + 1 + 1 + 1 + posts);
    } finally {
      community.forum.setUnoffered({});
    }
  });

  it('reads what it needs one by one where the topic and permission lists answer 403, and still applies a change', async () => {
    community.forum.setUnoffered({ topicsCreatedBy: 403, findCategories: 403 });
    try {
      await community.edit((content) => {
        content.events['ssc-2026-12']!.data['summary'] = '冬の過ごし方を中心に、ゆっくりおしゃべりします。';
      });
      const run = await community.apply();
      expect(run.code).toBe(0);
      expect(run.report.notices.join()).toContain('/topics/created-by');
      expect(run.item('event:ssc-2026-12').outcome).toBe('updated');
      expect(forumState(community.forum).topics['hiroba-event-ssc-2026-12']!.raw).toContain('ゆっくりおしゃべり');
      expect(forumState(community.forum).liveTopicCount).toBe(4 + 5);
    } finally {
      community.forum.setUnoffered({});
    }
  });
});
