import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureData, writeContentTree } from '../support/fixture.ts';
import { forumState, makeProject, sync } from '../support/harness.ts';
import { openCommunity, person, room, topicOf, type Community } from './community.ts';

/*
 * Two things that used to stop a whole run or undo a colleague's work: an older copy of the content (a colleague's
 * checkout not pulled yet), and the forum's own title rules, which differ by who posts and by the forum's language.
 */

const opened: Community[] = [];
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((community) => community.close()));
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});
const open = async (...args: Parameters<typeof openCommunity>) => {
  const community = await openCommunity(...args);
  opened.push(community);
  return community;
};

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Staff', '-c', 'user.email=staff@hiroba.example', ...args], {
    cwd,
    encoding: 'utf8',
  });

const newName = '全身性強皮症 当事者・ご家族の部屋';

describe('an older checkout of the content', () => {
  it('does not undo a newer change synced from a colleague’s checkout, and applies its own changes', async () => {
    const community = await open();
    git(community.projectDir, 'init', '--quiet');
    git(community.projectDir, 'add', 'content');
    git(community.projectDir, 'commit', '--quiet', '-m', 'content');
    const older = await mkdtemp(join(tmpdir(), 'hiroba-older-'));
    folders.push(older);
    git(older, 'clone', '--quiet', community.projectDir, '.');
    expect((await community.apply()).code).toBe(0);

    // A colleague renames the room, commits and syncs.
    await community.edit((content) => {
      content.rooms['scleroderma']!.data['name'] = newName;
    });
    git(community.projectDir, 'commit', '--quiet', '-am', 'rename');
    expect((await community.apply()).code).toBe(0);

    // From the older clone, someone corrects another room's event without pulling first.
    const data = fixtureData();
    data.events['parent-2027-02']!.data['summary'] = '顔を合わせて、少人数でゆっくり話す会です。';
    await writeContentTree(older, data);
    const stale = await sync(older, community.env(), ['--apply', '--json']);
    expect(stale.code).toBe(1);
    const items = new Map(stale.report.items.map((item: { key: string }) => [item.key, item]));
    // Everything the rename wrote is held back: the room, its welcome, its announcements (they name the room)…
    for (const key of ['room:scleroderma', 'welcome:scleroderma', 'event:ssc-2026-12'])
      expect(items.get(key), key).toMatchObject({ outcome: 'blocked' });
    expect(stale.report.problems[0].message).toContain('git pull');
    expect(room(community.forum, 'room:scleroderma').name).toBe(newName);
    // …and the correction made from the older checkout is applied.
    expect(items.get('event:parent-2027-02')).toMatchObject({ outcome: 'updated' });
    expect(topicOf(community.forum, 'hiroba-event-parent-2027-02').raw).toContain('少人数でゆっくり話す会です。');

    // Pulled (its own correction still uncommitted), the same checkout has nothing to undo and nothing left to do.
    git(older, 'pull', '--quiet', '--no-rebase');
    const pulled = await sync(older, community.env(), ['--apply', '--json']);
    expect({ code: pulled.code, writes: pulled.report.writes }).toEqual({ code: 0, writes: 0 });
    expect(room(community.forum, 'room:scleroderma').name).toBe(newName);
  });

  it('tells an older copy without git by its files’ times, and --force still lets the staff overwrite', async () => {
    const community = await open();
    await community.edit((content) => {
      content.rooms['scleroderma']!.data['name'] = newName;
    });
    expect((await community.apply()).code).toBe(0);
    const copy = await makeProject(fixtureData());
    folders.push(copy.dir);
    const dayAgo = new Date(Date.now() - 24 * 3600 * 1000);
    for (const folder of ['programmes', 'rooms', 'events', 'conditions', 'roles']) {
      const path = join(copy.dir, 'content', folder);
      for (const file of await readdir(path)) await utimes(join(path, file), dayAgo, dayAgo);
    }
    await utimes(join(copy.dir, 'content', 'site.yaml'), dayAgo, dayAgo);
    const stale = await sync(copy.dir, community.env(), ['--apply', '--json']);
    expect(stale.code).toBe(1);
    expect(room(community.forum, 'room:scleroderma').name).toBe(newName);
    const forced = await sync(copy.dir, community.env(), ['--apply', '--force', '--json']);
    expect(forced.code).toBe(0);
    expect(room(community.forum, 'room:scleroderma').name).toBe('全身性強皮症 当事者・ご家族 オンラインコミュニティ');
  });
});

describe('a problem in one room', () => {
  it('stops only that room: the rest is applied, and --only events sends a same-day cancellation', async () => {
    const community = await open();
    expect((await community.apply()).code).toBe(0);
    // Staff made a category by hand under the condition, with the name the room is about to take.
    const parentId = community.forum.dump().categories.find((category) => category.slug === 'scleroderma')!.id;
    await person(community.forum, 'system').createCategory({
      name: '強皮症の部屋',
      slug: 'ssc-room',
      parent_category_id: parentId,
    });
    await community.edit((content) => {
      content.rooms['scleroderma']!.data['name'] = '強皮症の部屋';
      Object.assign(content.events['ssc-2026-12']!.data, {
        status: 'cancelled',
        statusNote: '会場の都合で中止します。',
      });
    });
    const events = await community.apply('--only', 'events');
    expect(events.code).toBe(0);
    expect(topicOf(community.forum, 'hiroba-event-ssc-2026-12')).toMatchObject({ closed: true, pinned: false });
    const all = await community.apply();
    expect(all.code).toBe(1);
    expect(all.item('room:scleroderma').outcome).toBe('blocked');
    expect(all.report.problems[0].message).toContain(
      '内容の名前を変えるか、フォーラムの管理画面でそのカテゴリの名前を変えてください',
    );
    expect(all.item('welcome:scleroderma').outcome).toBe('updated');
  });
});

describe('the forum’s own title rules', () => {
  it('lets the sync’s admin post a Japanese title shorter than an English-locale forum’s minimum', async () => {
    const community = await open({
      locale: 'en',
      settings: { calendar_enabled: true, discourse_post_event_enabled: true },
    });
    await community.edit((content) => {
      content.events['ssc-2026-12']!.data['title'] = '冬のおしゃべり会';
    });
    const run = await community.apply();
    expect(run.code).toBe(0);
    expect(topicOf(community.forum, 'hiroba-event-ssc-2026-12').title).toBe('冬のおしゃべり会');
  });

  it('refuses, before writing, only a title of capitals on a Japanese forum, which keeps capitals; the rest is made', async () => {
    const community = await open();
    await community.edit((content) => {
      content.events['ssc-2026-12']!.data['title'] = 'ADHD FAMILY MEETUP';
    });
    const run = await community.apply();
    expect(run.code).toBe(1);
    expect(run.item('event:ssc-2026-12').outcome).toBe('blocked');
    expect(run.report.problems).toEqual([
      expect.objectContaining({ file: 'content/events/ssc-2026-12.mdx', field: 'title' }),
    ]);
    expect(community.forum.counts.byStatus['422']).toBeUndefined();
    expect(forumState(community.forum).liveTopicCount).toBe(4 + 4);
  });
});
