import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../tools/forum-emulator/emulator.ts';
import { desiredState } from '../../../src/forum/core/desired.ts';
import { contentSetOf, fixtureData, fixtureNow } from '../support/fixture.ts';
import { apiKey, forumState, makeProject, startForum, sync, syncEnv } from '../support/harness.ts';

/*
 * How many times the sync reads the forum. Every read spends the same 60-a-minute admin allowance as the writes,
 * so these are specifications: each count is worked out from the content, the way the reads are planned
 * (src/forum/discourse/observe.ts).
 */

let forum: RunningEmulator;
let project: Awaited<ReturnType<typeof makeProject>>;
let env: NodeJS.ProcessEnv;

const desired = desiredState(contentSetOf(fixtureData()), { now: new Date(fixtureNow), calendar: true });
const categories = desired.categories.length;
const topics = desired.topics.length;
/** GET /topics/created-by pages, 30 topics each, for the About topics and topics the sync started; a full last page asks for one more. */
const listPages = Math.floor((categories + topics) / 30) + 1;

beforeAll(async () => {
  forum = await startForum({ timeScale: 1000, adminRatePerMinute: 0 });
  env = syncEnv({ url: forum.url, perMinute: 6000, timeScale: 1000 });
  project = await makeProject();
});
afterAll(async () => {
  await forum.close();
  await project.remove();
});
beforeEach(async () => {
  forum.reset();
  await project.write(fixtureData());
});

const apply = async (...extra: string[]) => (await sync(project.dir, env, ['--apply', '--json', ...extra])).report;

async function asUser(username: string, method: string, path: string, body?: unknown) {
  const answer = await fetch(`${forum.url}${path}`, {
    method,
    headers: {
      'Api-Key': apiKey,
      'Api-Username': username,
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return answer.json();
}

describe('reading the forum', () => {
  it('reads an empty forum three times, and the new categories’ About posts once for every 50 categories', async () => {
    const first = await apply();
    expect(first.reads).toBe(3 + Math.ceil(categories / 50));
    expect(forum.counts.byRoute['listPosts']).toBe(Math.ceil(categories / 50));
    expect(forum.counts.byRoute['postByNumber']).toBeUndefined();
  });

  it('reads a forum in step in lists only: topics 30, permissions 200 and posts 50 to a request', async () => {
    await apply();
    const noop = await apply();
    expect(noop.writes).toBe(0);
    expect(noop.reads).toBe(2 + listPages + Math.ceil(categories / 200) + Math.ceil((categories + topics) / 50));
    expect(forum.counts.byRoute['getTopic']).toBeUndefined();
    expect(forum.counts.byRoute['getTopicByExternalId']).toBeUndefined();
  });

  it('reads an event moved to another day on its own, since lists do not say until when it is pinned, and pins it to the new start', async () => {
    await apply();
    const data = fixtureData();
    data.events['ssc-2026-12']!.data['start'] = '2026-12-19T14:00:00+09:00';
    data.events['ssc-2026-12']!.data['end'] = '2026-12-19T16:00:00+09:00';
    await project.write(data);
    const before = structuredClone(forum.counts.byRoute);
    const moved = await apply();
    expect(moved.items.find((item: { key: string }) => item.key === 'event:ssc-2026-12')).toMatchObject({
      action: 'update',
      outcome: 'updated',
    });
    expect(
      moved.items
        .find((item: { key: string }) => item.key === 'event:ssc-2026-12')
        .changes.map((change: { field: string }) => change.field),
    ).toContain('pinned');
    expect((forum.counts.byRoute['getTopic'] ?? 0) - (before['getTopic'] ?? 0)).toBe(1);
    expect(forumState(forum).topics['hiroba-event-ssc-2026-12']).toMatchObject({
      pinned: true,
      pinnedUntil: '2026-12-19T05:00:00.000Z',
    });
    const settled = await apply();
    expect(settled.writes).toBe(0);
    expect((forum.counts.byRoute['getTopic'] ?? 0) - (before['getTopic'] ?? 0)).toBe(1);
  });

  it('gives up on the latest posts after two pages of newer replies and reads the managed posts one by one, still seeing no change', async () => {
    await apply();
    const welcome = forum.dump().topics.find((topic) => topic.external_id === 'hiroba-welcome-scleroderma')!;
    for (let reply = 0; reply < 120; reply++) {
      await asUser('forum_member', 'POST', '/posts.json', {
        topic_id: welcome.id,
        raw: `はじめまして。${reply} 回目の書き込みです。よろしくお願いします。`,
      });
    }
    const busy = await apply();
    expect(busy.writes).toBe(0);
    expect(new Set(busy.items.map((item: { action: string }) => item.action))).toEqual(new Set(['unchanged']));
    expect(busy.reads).toBe(2 + listPages + Math.ceil(categories / 200) + 2 + categories + topics);
  });

  it('still knows a topic whose marker a person deleted, by its external_id, and leaves the edit alone as a conflict', async () => {
    await apply();
    const welcome = forum.dump().topics.find((topic) => topic.external_id === 'hiroba-welcome-scleroderma')!;
    const raw = forumState(forum).topics['hiroba-welcome-scleroderma']!.raw!;
    const edited = `${raw.replace(/\n*<!-- hiroba:v1 [^>]*-->\s*$/, '')}\n\n（モデレーターが書き足しました）`;
    await asUser('system', 'PUT', `/posts/${welcome.post_ids[0]}.json`, { post: { raw: edited } });
    const run = await sync(project.dir, env, ['--apply', '--json']);
    expect(run.code).toBe(1);
    expect(run.report.items.find((item: { key: string }) => item.key === 'welcome:scleroderma')).toMatchObject({
      action: 'conflict',
      outcome: 'skipped',
    });
    expect(forumState(forum).topics['hiroba-welcome-scleroderma']!.raw).toBe(edited);
    expect(forumState(forum).liveTopicCount).toBe(categories + topics);
  });

  it('finds a topic gone from the content in the list of the sync’s topics, prunes it, and then leaves it be without reading it', async () => {
    await apply();
    const data = fixtureData();
    delete data.events['ssc-2026-10'];
    await project.write(data);
    const plan = await apply();
    expect(plan.items.find((item: { key: string }) => item.key === 'event:ssc-2026-10')).toMatchObject({
      action: 'orphaned',
      outcome: 'skipped',
    });
    const pruned = await apply('--prune');
    expect(pruned.items.find((item: { key: string }) => item.key === 'event:ssc-2026-10')).toMatchObject({
      action: 'orphaned',
      outcome: 'pruned',
    });
    expect(forumState(forum).topics['hiroba-event-ssc-2026-10']).toMatchObject({ closed: true, visible: false });
    const before = structuredClone(forum.counts.byRoute);
    const again = await apply('--prune');
    expect(again.writes).toBe(0);
    expect(again.items.find((item: { key: string }) => item.key === 'event:ssc-2026-10')).toBeUndefined();
    expect(forum.counts.byRoute['getTopic']).toBe(before['getTopic']);
  });

  it('looks topics up by external_id only in categories another user created, where its own list cannot hold them', async () => {
    // Staff made the scleroderma categories by hand, and someone else already posted the room's welcome topic.
    const condition = desired.categories.find((category) => category.key === 'condition:scleroderma')!;
    const room = desired.categories.find((category) => category.key === 'room:scleroderma')!;
    const parent = await asUser('system', 'POST', '/categories.json', { name: condition.name, slug: condition.slug });
    const made = await asUser('system', 'POST', '/categories.json', {
      name: room.name,
      slug: room.slug,
      parent_category_id: parent.category.id,
    });
    await asUser('system', 'POST', '/posts.json', {
      title: '強皮症の部屋へようこそ（手で作った話題）',
      raw: 'ようこそ。この部屋のルールは、あとで書きます。',
      category: made.category.id,
      external_id: 'hiroba-welcome-scleroderma',
    });
    const run = await apply();
    const inRoom = desired.topics.filter((topic) => topic.categoryKey === room.key).length;
    expect(forum.counts.byRoute['getTopicByExternalId']).toBe(inRoom);
    expect(run.items.find((item: { key: string }) => item.key === 'welcome:scleroderma')).toMatchObject({
      action: 'update',
      outcome: 'updated',
    });
    expect(forumState(forum).liveTopicCount).toBe(categories + topics);
  });
});
