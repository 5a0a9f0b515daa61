import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../tools/forum-emulator/emulator.ts';
import { fixtureData } from './support/fixture.ts';
import { apiKey, forumState, makeProject, startForum, sync, syncEnv } from './support/harness.ts';

let forum: RunningEmulator;
let project: Awaited<ReturnType<typeof makeProject>>;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  // Forum and sync share a clock a hundred times faster than real time, under the real 60-a-minute limit.
  forum = await startForum({ timeScale: 100, adminRatePerMinute: 60 });
  env = syncEnv({ url: forum.url, perMinute: 60, timeScale: 100 });
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

const topicOf = (externalId: string) => forumState(forum).topics[externalId]!;

describe('npm run sync against a Discourse forum', () => {
  it('prints the plan and writes nothing', async () => {
    const run = await sync(project.dir, env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('まだ何も書き込んでいません');
    expect(run.stdout).toMatch(/create\s+家族のサロン 親の部屋/);
    expect(forum.counts.writesApplied).toBe(0);
  });

  it('creates every group, category and topic on the first apply, and makes no write on the second', async () => {
    const first = await sync(project.dir, env, ['--apply', '--json']);
    expect(first.code).toBe(0);
    expect(first.report.items.map((item: { outcome: string }) => item.outcome)).toEqual(Array(10).fill('created'));
    const state = forumState(forum);
    expect(state.groups).toEqual(['salon_parent']);
    expect(Object.keys(state.categories).sort()).toEqual([
      'family-salon',
      'family-salon/parent',
      'scleroderma',
      'scleroderma/community',
    ]);
    expect(state.categories['family-salon/parent']!.permissions).toEqual({ salon_parent: 1 });
    expect(state.categories['scleroderma/community']!.about).toMatch(
      /^全身性強皮症の患者さんとご家族が話し合う部屋です。/,
    );
    expect(Object.keys(state.topics).sort()).toEqual([
      'hiroba-event-parent-2027-02',
      'hiroba-event-ssc-2026-10',
      'hiroba-event-ssc-2026-12',
      'hiroba-welcome-family-parent',
      'hiroba-welcome-scleroderma',
    ]);
    expect(topicOf('hiroba-welcome-scleroderma')).toMatchObject({
      category: 'scleroderma/community',
      pinned: true,
      pinnedUntil: null,
    });
    expect(topicOf('hiroba-event-ssc-2026-12')).toMatchObject({
      pinned: true,
      pinnedUntil: '2026-12-12T05:00:00.000Z',
      closed: false,
    });
    expect(topicOf('hiroba-event-ssc-2026-10')).toMatchObject({ pinned: false, closed: true });
    expect(topicOf('hiroba-event-ssc-2026-12').raw).toContain('timezone="Asia/Tokyo"');
    // One write per item, one per About post, one per status, and one per topic whose status was set: its marker
    // notes the status once it is set (the next runs tell a moderator's unpinning from the sync's by that note).
    expect(first.report.writes).toBe(first.report.items.length + 4 + 5 + 5);

    const second = await sync(project.dir, env, ['--apply', '--json']);
    expect(second.code).toBe(0);
    expect(second.report.writes).toBe(0);
    expect(new Set(second.report.items.map((item: { action: string }) => item.action))).toEqual(new Set(['unchanged']));
    // Paced under the forum's limit: the forum never had to refuse a request.
    expect(forum.counts.rateLimited).toBe(0);
  });

  it('makes only the writes an edited event needs', async () => {
    await sync(project.dir, env, ['--apply']);
    const data = fixtureData();
    data.events['parent-2027-02']!.data['summary'] = '顔を合わせて、少人数でゆっくり話す会です。';
    await project.write(data);

    const run = await sync(project.dir, env, ['--apply', '--json']);
    expect(run.code).toBe(0);
    expect(run.report.writes).toBe(1);
    const changed = run.report.items.filter((item: { action: string }) => item.action !== 'unchanged');
    expect(changed).toMatchObject([
      { key: 'event:parent-2027-02', action: 'update', outcome: 'updated', changes: [{ field: 'body' }] },
    ]);
    expect(topicOf('hiroba-event-parent-2027-02').raw).toContain('少人数でゆっくり話す会です。');
  });

  it('marks and closes a cancelled event, unpins it and drops its calendar entry', async () => {
    await sync(project.dir, env, ['--apply']);
    const data = fixtureData();
    data.events['ssc-2026-12']!.data['status'] = 'cancelled';
    data.events['ssc-2026-12']!.data['statusNote'] = '講師の体調不良のため中止します。';
    await project.write(data);

    const run = await sync(project.dir, env, ['--apply', '--json']);
    expect(run.code).toBe(0);
    const topic = topicOf('hiroba-event-ssc-2026-12');
    expect(topic).toMatchObject({
      title: '【中止】強皮症 オンラインおしゃべり会（12月）',
      closed: true,
      pinned: false,
    });
    expect(topic.raw).toContain('講師の体調不良のため中止します。');
    expect(topic.raw).not.toContain('[event');
    expect(run.report.writes).toBe(3);
  });

  it('reports a post a person edited on the forum as a conflict and leaves it, unless forced', async () => {
    await sync(project.dir, env, ['--apply']);
    const welcome = forum.dump().topics.find((topic) => topic.external_id === 'hiroba-welcome-scleroderma')!;
    const original = topicOf('hiroba-welcome-scleroderma').raw!;
    const edited = original.replace(
      '不安を少しでも軽くします。',
      '不安を少しでも軽くします。（モデレーターより: 夜は返信が遅くなります）',
    );
    const answer = await fetch(`${forum.url}/__emulator/act-as-user`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'forum_moderator', post_id: welcome.post_ids[0], raw: edited }),
    });
    expect(answer.status).toBe(200);
    const data = fixtureData();
    data.rooms['scleroderma']!.data['rules'] = ['宣伝はお断りします。'];
    await project.write(data);

    const plan = await sync(project.dir, env, ['--json']);
    expect(plan.code).toBe(1);
    expect(plan.report.items.find((item: { key: string }) => item.key === 'welcome:scleroderma')).toMatchObject({
      action: 'conflict',
      outcome: 'skipped',
    });

    const apply = await sync(project.dir, env, ['--apply']);
    expect(apply.code).toBe(1);
    expect(apply.stdout).toMatch(/conflict\s+「全身性強皮症/);
    expect(topicOf('hiroba-welcome-scleroderma').raw).toBe(edited);

    const forced = await sync(project.dir, env, ['--apply', '--force', '--json']);
    expect(forced.code).toBe(0);
    expect(topicOf('hiroba-welcome-scleroderma').raw).toContain('宣伝はお断りします。');
    expect(topicOf('hiroba-welcome-scleroderma').raw).not.toContain('モデレーターより');
  });

  it('keeps to rooms or events with --only', async () => {
    const rooms = await sync(project.dir, env, ['--apply', '--only', 'rooms', '--json']);
    expect(new Set(rooms.report.items.map((item: { kind: string }) => item.kind))).toEqual(
      new Set(['group', 'category', 'welcome']),
    );
    expect(Object.keys(forumState(forum).topics).filter((id) => id.startsWith('hiroba-event'))).toEqual([]);

    const events = await sync(project.dir, env, ['--apply', '--only', 'events', '--json']);
    expect(events.code).toBe(0);
    expect(
      events.report.items.map((item: { kind: string; outcome: string }) => `${item.kind} ${item.outcome}`),
    ).toEqual(Array(3).fill('event created'));
  });

  it('brings up to date in the same run a topic its create finds already there, planned afresh like any topic read', async () => {
    await sync(project.dir, env, ['--apply', '--only', 'rooms']);
    // Someone else posted the event's topic under its external_id, in a category the sync made: the sync does not
    // look there (its own list holds its topics), so it plans a create, which the forum refuses as taken.
    const room = forum.dump().categories.find((category) => category.slug === 'community')!;
    const made = await fetch(`${forum.url}/posts.json`, {
      method: 'POST',
      headers: {
        'Api-Key': apiKey,
        'Api-Username': 'system',
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      body: JSON.stringify({
        title: '12月の交流会（手で作った話題）',
        raw: '12月の交流会です。くわしくはあとで書きます。',
        category: room.id,
        external_id: 'hiroba-event-ssc-2026-12',
      }),
    });
    expect(made.status).toBe(200);

    const run = await sync(project.dir, env, ['--apply', '--only', 'events', '--json']);
    expect(run.code).toBe(0);
    expect(run.report.items.find((item: { key: string }) => item.key === 'event:ssc-2026-12')).toMatchObject({
      action: 'update',
      outcome: 'updated',
    });
    expect(forum.counts.byRoute['getTopicByExternalId']).toBe(1);
    expect(topicOf('hiroba-event-ssc-2026-12')).toMatchObject({
      title: '強皮症 オンラインおしゃべり会（12月）',
      pinned: true,
      pinnedUntil: '2026-12-12T05:00:00.000Z',
    });
    expect(topicOf('hiroba-event-ssc-2026-12').raw).toContain('<!-- hiroba:v1 key=event:ssc-2026-12');
    expect(forumState(forum).liveTopicCount).toBe(4 + 5);
    // Every later run finds it the same way (the one write is the refused create) and leaves it as it is.
    const again = (await sync(project.dir, env, ['--apply', '--json'])).report;
    expect(new Set(again.items.map((item: { action: string }) => item.action))).toEqual(new Set(['unchanged']));
    expect(again.writes).toBe(1);
  });

  it('refuses locally what the forum would refuse, naming file and field, and writes nothing', async () => {
    const data = fixtureData();
    data.events['ssc-2026-10']!.data['title'] = data.events['ssc-2026-12']!.data['title'];
    await project.write(data);
    const run = await sync(project.dir, env, ['--apply']);
    expect(run.code).toBe(1);
    // The content alone decides this one: the content check stops the run before the forum is asked anything.
    expect(run.stderr).toMatch(
      /content\/events\/ssc-2026-1[02].mdx:2 title — 交流会の題名「強皮症 オンラインおしゃべり会（12月）」が/,
    );
    expect(forum.counts.writesApplied).toBe(0);
    expect(forum.counts.total).toBe(0);
  });

  it('fails only the item whose title a topic the sync cannot see already has, said as file field — message', async () => {
    const general = forum.dump().categories.find((category) => category.slug === 'general')!;
    const answer = await fetch(`${forum.url}/posts.json`, {
      method: 'POST',
      headers: {
        'Api-Key': apiKey,
        'Api-Username': 'system',
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      body: JSON.stringify({
        title: '強皮症 オンラインおしゃべり会（12月）',
        raw: 'スタッフが先に立てた、同じ名前の話題です。',
        category: general.id,
      }),
    });
    expect(answer.status).toBe(200);
    const run = await sync(project.dir, env, ['--apply', '--json']);
    expect(run.code).toBe(1);
    const failed = run.report.items.filter((item: { outcome: string }) => item.outcome === 'failed');
    expect(failed).toEqual([
      expect.objectContaining({
        key: 'event:ssc-2026-12',
        error:
          'content/events/ssc-2026-12.mdx title — 題名「強皮症 オンラインおしゃべり会（12月）」は、フォーラムのほかの話題がすでに使っています。題名を変えてください。',
      }),
    ]);
    expect(run.report.items.filter((item: { outcome: string }) => item.outcome === 'created')).toHaveLength(9);
  });

  it('leaves calendar blocks out, and says so, where the forum has the calendar off', async () => {
    const plain = await startForum({ timeScale: 100, settings: {} });
    try {
      const run = await sync(project.dir, syncEnv({ url: plain.url, timeScale: 100 }), ['--apply', '--json']);
      expect(run.code).toBe(0);
      expect(run.report.notices.join('\n')).toContain('[event] は書きません');
      const raws = Object.values(forumState(plain).topics).map((topic) => topic.raw);
      expect(raws.some((raw) => raw?.includes('[event'))).toBe(false);
    } finally {
      await plain.close();
    }
  });

  it('never prints the API key', async () => {
    const runs = [
      await sync(project.dir, env, ['--apply']),
      await sync(project.dir, env, ['--json']),
      await sync(project.dir, env),
    ];
    for (const run of runs) expect(run.stdout + run.stderr).not.toContain(apiKey);
  });
});
