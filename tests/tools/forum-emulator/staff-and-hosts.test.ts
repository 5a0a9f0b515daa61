import { describe, expect, it } from 'vitest';
import { startForumForTest, topicBody } from './forum-client.ts';

/*
 * What the sync's year needs of Discourse: moderators who edit, pin and delete (but may not change categories),
 * title rules that depend on who created the topic and on the forum's language, categories renamed, given another
 * URL name and moved, group names changed, and hosts that turn some lists off.
 */

const moderator = { as: 'forum_moderator' };

describe('moderators', () => {
  it('edit any post, pin, unpin and delete topics, but may not change a category', async () => {
    const { api } = await startForumForTest();
    const made = await api('POST', '/posts.json', topicBody());
    const edited = await api(
      'PUT',
      `/posts/${made.json.id}.json`,
      { post: { raw: '運営より: 書き直しました。よろしくお願いします。' } },
      moderator,
    );
    expect(edited.status).toBe(200);
    expect(edited.json.post.version).toBe(2);
    const status = { status: 'pinned', enabled: 'true' };
    expect((await api('PUT', `/t/${made.json.topic_id}/status.json`, status, moderator)).status).toBe(200);
    expect((await api('DELETE', `/t/${made.json.topic_id}.json`, undefined, moderator)).status).toBe(200);
    const category = await api('POST', '/categories.json', { name: '部屋', slug: 'room' });
    expect(
      (await api('PUT', `/categories/${category.json.category.id}.json`, { name: '別の名前' }, moderator)).status,
    ).toBe(403);
  });
});

describe('title rules', () => {
  it('let a topic an admin created have a short title, also when a moderator retitles it; not a member’s', async () => {
    const { api } = await startForumForTest({ locale: 'en' });
    const made = await api('POST', '/posts.json', topicBody({ title: '冬のおしゃべり会' }));
    expect(made.status).toBe(200);
    expect((await api('PUT', `/t/-/${made.json.topic_id}.json`, { title: '冬の会です' }, moderator)).status).toBe(200);
    const member = await api('POST', '/posts.json', topicBody({ title: '冬のおしゃべり会 2' }), { as: 'forum_member' });
    expect(member.json.errors).toContain('Title is too short (minimum is 15 characters)');
  });

  it('refuse a title of capitals only on a Japanese forum, which does not lower them first', async () => {
    const { api } = await startForumForTest({ locale: 'ja' });
    const shouted = await api('POST', '/posts.json', topicBody({ title: 'ADHD FAMILY MEETUP' }));
    expect(shouted.status).toBe(422);
    expect(shouted.json.errors).toContain('Title seems unclear, is it a complete sentence?');
  });
});

describe('categories and groups', () => {
  it('take a new URL name and a new parent, keeping their id and topics', async () => {
    const { api } = await startForumForTest();
    const one = await api('POST', '/categories.json', { name: '疾患A', slug: 'a' });
    const two = await api('POST', '/categories.json', { name: '疾患B', slug: 'b' });
    const room = await api('POST', '/categories.json', {
      name: '部屋',
      slug: 'room',
      parent_category_id: one.json.category.id,
    });
    const id = room.json.category.id;
    const topic = await api('POST', '/posts.json', topicBody({ category: id }));
    const moved = await api('PUT', `/categories/${id}.json`, {
      slug: 'new-room',
      parent_category_id: two.json.category.id,
    });
    expect(moved.json.category).toMatchObject({ id, slug: 'new-room', parent_category_id: two.json.category.id });
    expect((await api('GET', `/t/${topic.json.topic_id}.json`)).json.category_id).toBe(id);
  });

  it('change the name a group shows, by id', async () => {
    const { api, emulator } = await startForumForTest();
    const made = await api('POST', '/admin/groups.json', { group: { name: 'salon_parent', full_name: '親の部屋' } });
    const id = made.json.basic_group.id;
    expect(
      (await api('PUT', `/groups/${id}.json`, { group: { name: 'salon_parent', full_name: '親の部屋（家族）' } }))
        .status,
    ).toBe(200);
    expect(emulator.dump().groups.find((group) => group.id === id)?.full_name).toBe('親の部屋（家族）');
  });
});

describe('hosts that turn lists off', () => {
  it('answer 404 or 403 on the lists they name, with a valid key, until told otherwise', async () => {
    const { api, emulator } = await startForumForTest({ unoffered: { listPosts: 404 } });
    expect((await api('GET', '/posts.json')).status).toBe(404);
    emulator.setUnoffered({ topicsCreatedBy: 403 });
    expect((await api('GET', '/posts.json')).status).toBe(200);
    expect((await api('GET', '/topics/created-by/hiroba_admin.json')).json.error_type).toBe('invalid_access');
    // A wrong key is still told as such.
    expect((await api('GET', '/topics/created-by/hiroba_admin.json', undefined, { key: 'wrong' })).text).toContain(
      'API username or key is invalid',
    );
  });
});
