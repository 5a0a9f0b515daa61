import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCommunity, person, room, textOf, topicOf, type Community } from './community.ts';

/*
 * Who may read a room. It always follows the content, whatever else was edited on the forum; opening a
 * members-only room to everyone needs --confirm-public, since every past post becomes public; and the room's
 * welcome and About text never say something the forum's permissions contradict.
 */

let community: Community;
beforeAll(async () => {
  community = await openCommunity();
});
afterAll(() => community.close());

const coadmin = () => person(community.forum, 'system');
const membersOnly = 'この部屋の投稿は、参加を認められたメンバーだけが読めます。';

describe('who may read a room', () => {
  it('starts public', async () => {
    expect((await community.apply()).code).toBe(0);
    expect(room(community.forum, 'room:scleroderma').permissions).toEqual({ everyone: 1 });
  });

  it('turns members-only at once, even where a moderator had rewritten the About text and the welcome', async () => {
    await coadmin().editAbout('room:scleroderma', (raw) =>
      raw.replace('話し合う部屋です。', '話し合う部屋です（運営より）。'),
    );
    await person(community.forum, 'forum_moderator').editFirstPost('hiroba-welcome-scleroderma', (raw) =>
      raw.replace('患者による、', '（夜は返信が遅くなります）患者による、'),
    );
    await community.edit((content) => {
      Object.assign(content.rooms['scleroderma']!.data, { visibility: 'members', forumGroup: 'ssc_members' });
    });
    const run = await community.apply();
    expect(run.code).toBe(0);
    const after = room(community.forum, 'room:scleroderma');
    expect(after.permissions).toEqual({ ssc_members: 1 });
    expect(community.forum.dump().groups.map((group) => group.name)).toContain('ssc_members');
    // What the texts promise follows: the moderators' words give way, and stay in the posts' history.
    expect(after.about).toContain(membersOnly);
    expect(topicOf(community.forum, 'hiroba-welcome-scleroderma').raw).toContain(membersOnly);
    expect(run.item('room:scleroderma').notes.join()).toContain('読める人が変わるため');
    expect(run.item('welcome:scleroderma').notes.join()).toContain('この部屋を読める人が変わったため');
  });

  it('is not opened to everyone without --confirm-public: the plan warns, the room and its texts stay as they are', async () => {
    await community.edit((content) => {
      Object.assign(content.rooms['scleroderma']!.data, { visibility: 'public' });
      delete content.rooms['scleroderma']!.data['forumGroup'];
      content.events['parent-2027-02']!.data['summary'] = '顔を合わせて、少人数でゆっくり話す会です。';
    });
    const plan = await community.plan();
    expect(plan.item('room:scleroderma').warnings.join()).toContain('これまでの投稿もすべて');
    expect(plan.stdout).toContain('--confirm-public');
    const run = await community.apply();
    expect(run.code).toBe(1);
    expect(run.item('room:scleroderma').outcome).toBe('blocked');
    expect(run.item('welcome:scleroderma').outcome).toBe('blocked');
    expect(room(community.forum, 'room:scleroderma').permissions).toEqual({ ssc_members: 1 });
    expect(topicOf(community.forum, 'hiroba-welcome-scleroderma').raw).toContain(membersOnly);
    // Everything else is applied.
    expect(run.item('event:parent-2027-02').outcome).toBe('updated');
    expect(topicOf(community.forum, 'hiroba-event-parent-2027-02').raw).toContain('少人数でゆっくり話す会です。');
  });

  it('is opened with --confirm-public, and its texts stop saying members only', async () => {
    const run = await community.apply('--confirm-public');
    expect(run.code).toBe(0);
    expect(room(community.forum, 'room:scleroderma').permissions).toEqual({ everyone: 1 });
    expect(room(community.forum, 'room:scleroderma').about).not.toContain(membersOnly);
    expect(topicOf(community.forum, 'hiroba-welcome-scleroderma').raw).not.toContain(membersOnly);
    expect((await community.apply()).report.writes).toBe(0);
  });

  it('is restored when someone changes who may read it on the forum, and the plan says so', async () => {
    await coadmin().updateCategory('room:family-parent', { permissions: { everyone: 1 } });
    const plan = await community.plan();
    expect(plan.item('room:family-parent').warnings).toEqual([]);
    const run = await community.apply();
    expect(run.code).toBe(0);
    expect(run.item('room:family-parent').notes.join()).toContain(
      'フォーラムで読める人が「だれでも:投稿と返信」に変えられていました',
    );
    expect(room(community.forum, 'room:family-parent').permissions).toEqual({ salon_parent: 1 });
  });

  it('stays as it is, and says so, when its group cannot be made because a user has that name', async () => {
    const before = topicOf(community.forum, 'hiroba-welcome-scleroderma').raw;
    await community.edit((content) => {
      Object.assign(content.rooms['scleroderma']!.data, { visibility: 'members', forumGroup: 'forum_member' });
      content.rooms['scleroderma']!.data['rules'] = ['宣伝はお断りします。'];
      content.events['parent-2027-02']!.data['status'] = 'full';
    });
    const run = await community.apply();
    expect(run.code).toBe(1);
    expect(run.item('group:forum_member')).toMatchObject({ outcome: 'failed' });
    expect(run.item('group:forum_member').error).toContain('forumGroup に別の名前を書いてください');
    expect(run.item('room:scleroderma').outcome).toBe('blocked');
    expect(run.item('welcome:scleroderma').outcome).toBe('blocked');
    // Still public, and still saying so: no false promise of privacy.
    expect(room(community.forum, 'room:scleroderma').permissions).toEqual({ everyone: 1 });
    expect(topicOf(community.forum, 'hiroba-welcome-scleroderma').raw).toBe(before);
    expect(textOf(before)).not.toContain(membersOnly);
    // The rest of the run went ahead.
    expect(topicOf(community.forum, 'hiroba-event-parent-2027-02').title).toBe(
      '【満席】親の部屋 家族交流会（2月・会場）',
    );
  });
});
