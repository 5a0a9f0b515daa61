import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forumState } from '../support/harness.ts';
import { duplicates, openCommunity, person, room, textOf, topicOf, type Community } from './community.ts';

/*
 * What moderators and co-admins change by hand on the forum. Exactly what they changed is kept, and reported by
 * name with the page to look at (exit 1, until the staff decide); every other change to the same item still
 * applies. --force puts the content back. A topic they deleted stays deleted until the staff ask for it again.
 */

let community: Community;
beforeAll(async () => {
  community = await openCommunity();
  await community.apply();
});
afterAll(() => community.close());

const moderator = () => person(community.forum, 'forum_moderator');
const coadmin = () => person(community.forum, 'system');
const welcome = () => topicOf(community.forum, 'hiroba-welcome-scleroderma');

describe('what moderators change by hand', () => {
  it('keeps a rewritten welcome text while the room’s new name and rules still reach the forum', async () => {
    await moderator().editFirstPost('hiroba-welcome-scleroderma', (raw) =>
      raw.replace('不安を少しでも軽くします。', '不安を少しでも軽くします。（夜は返信が遅くなります）'),
    );
    await community.edit((content) => {
      content.rooms['scleroderma']!.data['name'] = '全身性強皮症 当事者・ご家族の部屋';
      content.rooms['scleroderma']!.data['rules'] = ['宣伝はお断りします。'];
    });
    const run = await community.apply();
    expect(run.code).toBe(1);
    expect(run.item('welcome:scleroderma')).toMatchObject({ action: 'conflict', outcome: 'updated' });
    expect(run.item('welcome:scleroderma').kept.map((kept) => kept.field)).toEqual(['body']);
    expect(run.item('welcome:scleroderma').kept[0]!.url).toBe(`${community.forum.url}/t/${welcome().id}`);
    expect(welcome().title).toBe('「全身性強皮症 当事者・ご家族の部屋」へようこそ');
    expect(textOf(welcome().raw)).toContain('（夜は返信が遅くなります）');
    expect(textOf(welcome().raw)).not.toContain('宣伝はお断りします。');
    expect(room(community.forum, 'room:scleroderma').name).toBe('全身性強皮症 当事者・ご家族の部屋');
  });

  it('keeps a retitled announcement while its new text reaches the forum', async () => {
    await moderator().retitle('hiroba-event-ssc-2026-12', '12月のおしゃべり会（強皮症）');
    await community.edit((content) => {
      content.events['ssc-2026-12']!.data['summary'] = '冬の過ごし方を中心に、ゆっくりおしゃべりします。';
    });
    const run = await community.apply();
    expect(run.code).toBe(1);
    expect(run.item('event:ssc-2026-12').kept).toMatchObject([
      { field: 'title', forum: '12月のおしゃべり会（強皮症）' },
    ]);
    expect(topicOf(community.forum, 'hiroba-event-ssc-2026-12')).toMatchObject({
      title: '12月のおしゃべり会（強皮症）',
    });
    expect(topicOf(community.forum, 'hiroba-event-ssc-2026-12').raw).toContain('ゆっくりおしゃべりします。');
  });

  it('keeps a category name and About text changed by a co-admin, while the colour still follows the content', async () => {
    await coadmin().updateCategory('room:family-parent', { name: '親の部屋（家族のサロン）' });
    await coadmin().editAbout('room:family-parent', (raw) =>
      raw.replace('持つ親の部屋です。', '持つ親の部屋です。お気軽にどうぞ。'),
    );
    await community.edit((content) => {
      content.rooms['family-parent']!.data['color'] = '#2F6A5B';
    });
    const run = await community.apply();
    expect(run.code).toBe(1);
    expect(run.item('room:family-parent').kept.map((kept) => kept.field)).toEqual(['name', 'description']);
    expect(room(community.forum, 'room:family-parent')).toMatchObject({ name: '親の部屋（家族のサロン）' });
    expect(room(community.forum, 'room:family-parent').about).toContain('お気軽にどうぞ。');
    expect(community.forum.dump().categories.find((c) => c.name === '親の部屋（家族のサロン）')?.color).toBe('2F6A5B');
  });

  it('restores a URL name changed on the forum, so the site’s links and QR codes still open the room', async () => {
    await coadmin().updateCategory('room:scleroderma', { slug: 'kyouhishou' });
    const run = await community.apply();
    expect(run.item('room:scleroderma').notes.join()).toContain(
      'フォーラムで URL 名が「kyouhishou」に変えられていました',
    );
    expect(room(community.forum, 'room:scleroderma').slug).toBe('community');
  });

  it('keeps a welcome a moderator unpinned, until --force pins it again', async () => {
    await moderator().setStatus('hiroba-welcome-family-parent', 'pinned', false);
    const run = await community.apply();
    expect(run.code).toBe(1);
    expect(run.item('welcome:family-parent').kept.map((kept) => kept.field)).toEqual(['pinned']);
    expect(topicOf(community.forum, 'hiroba-welcome-family-parent').pinned).toBe(false);
  });

  it('puts the content back over every hand edit with --force, and then has nothing left to do', async () => {
    const forced = await community.apply('--force');
    expect(forced.code).toBe(0);
    expect(textOf(welcome().raw)).toContain('宣伝はお断りします。');
    expect(topicOf(community.forum, 'hiroba-event-ssc-2026-12').title).toBe('強皮症 オンラインおしゃべり会（12月）');
    expect(room(community.forum, 'room:family-parent').name).toBe('家族のサロン 親の部屋');
    expect(topicOf(community.forum, 'hiroba-welcome-family-parent').pinned).toBe(true);
    const again = await community.apply();
    expect({ code: again.code, writes: again.report.writes }).toEqual({ code: 0, writes: 0 });
  });

  it('leaves a welcome a moderator deleted deleted, reported once per run as a conflict naming who can do what', async () => {
    await moderator().deleteTopic('hiroba-welcome-family-parent');
    const run = await community.apply();
    expect(run.code).toBe(1);
    expect(run.item('welcome:family-parent')).toMatchObject({ action: 'conflict', outcome: 'skipped' });
    expect(run.item('welcome:family-parent').kept).toEqual([{ field: 'topic', forum: null, path: null, url: null }]);
    expect(run.item('welcome:family-parent').notes.join()).toContain('--recreate-deleted');
    expect(run.item('welcome:family-parent').error).toBeUndefined();
    expect(forumState(community.forum).topics['hiroba-welcome-family-parent']).toBeUndefined();
  });

  it('makes it again, under a fresh external_id, with --recreate-deleted', async () => {
    const run = await community.apply('--recreate-deleted');
    expect(run.code).toBe(0);
    expect(topicOf(community.forum, 'hiroba-welcome-family-parent-r2')).toMatchObject({ pinned: true, closed: false });
    const again = await community.apply();
    expect({ code: again.code, writes: again.report.writes }).toEqual({ code: 0, writes: 0 });
    expect(duplicates(community.forum)).toEqual({ categories: [], titles: [] });
  });

  it('leaves a deleted announcement deleted too, and forgets it once the event is gone from the content', async () => {
    await moderator().deleteTopic('hiroba-event-parent-2027-02');
    expect((await community.apply()).item('event:parent-2027-02')).toMatchObject({ action: 'conflict' });
    await community.edit((content) => {
      delete content.events['parent-2027-02'];
    });
    const run = await community.apply();
    expect(run.code).toBe(0);
    expect(run.report.items.some((item: { key: string }) => item.key.includes('parent-2027-02'))).toBe(false);
  });
});
