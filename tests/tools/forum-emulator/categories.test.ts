import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../tools/forum-emulator/emulator.ts';
import { startForum, startForumForTest, type ApiCall } from './forum-client.ts';

let emulator: RunningEmulator;
let api: ApiCall;

beforeAll(async () => {
  ({ emulator, api } = await startForum());
});
afterAll(() => emulator.close());

describe('creating a category', () => {
  it('creates its pinned About topic with the placeholder first post, exposed as topic_url', async () => {
    const created = await api('POST', '/categories.json', {
      name: '顕微鏡的多発血管炎',
      slug: 'mpa',
      color: '0088CC',
      text_color: 'FFFFFF',
    });
    expect(created.status).toBe(200);
    const category = created.json.category;
    expect(category).toMatchObject({
      name: '顕微鏡的多発血管炎',
      slug: 'mpa',
      description: null,
      read_restricted: false,
    });
    expect(category.topic_url).toMatch(/^\/t\/topic\/\d+$/); // slug_generation_method none (ja)
    expect(category.group_permissions).toEqual([{ permission_type: 1, group_name: 'everyone', group_id: 0 }]);
    const topicId = Number(category.topic_url.split('/').pop());
    const topic = (await api('GET', `/t/${topicId}.json`)).json;
    expect(topic).toMatchObject({
      title: 'About the 顕微鏡的多発血管炎 category',
      pinned: true,
      category_id: category.id,
    });
    const first = (await api('GET', `/posts/by_number/${topicId}/1.json`)).json;
    expect(first.raw).toMatch(/^\[Replace this first paragraph/);
  });

  it('ignores a description parameter; the description comes from the About topic first paragraph', async () => {
    const created = (
      await api('POST', '/categories.json', { name: '血友病', slug: 'hemophilia', description: '使われない説明' })
    ).json.category;
    expect(created.description).toBeNull();
    const topicId = Number(created.topic_url.split('/').pop());
    const first = (await api('GET', `/posts/by_number/${topicId}/1.json`)).json;
    const edit = await api('PUT', `/posts/${first.id}.json`, {
      post: { raw: '血友病の本人と家族のための部屋です。\n\n詳しい説明はここに書きます。' },
    });
    expect(edit.status).toBe(200);
    expect(edit.json.category.description).toBe('血友病の本人と家族のための部屋です。');
    const shown = (await api('GET', `/c/${created.id}/show.json`)).json.category;
    expect(shown.description).toBe('血友病の本人と家族のための部屋です。');
    expect(shown.description_text).toBe('血友病の本人と家族のための部屋です。');
  });

  it('keeps names unique among siblings ignoring case, and allows the same name under another parent', async () => {
    const parentA = (await api('POST', '/categories.json', { name: 'Parent A', slug: 'parent-a' })).json.category;
    const parentB = (await api('POST', '/categories.json', { name: 'Parent B', slug: 'parent-b' })).json.category;
    expect(
      (await api('POST', '/categories.json', { name: '家族', slug: 'family', parent_category_id: parentA.id })).status,
    ).toBe(200);
    expect(
      (await api('POST', '/categories.json', { name: '家族', slug: 'family', parent_category_id: parentB.id })).status,
    ).toBe(200);
    const duplicate = await api('POST', '/categories.json', { name: 'parent a', slug: 'other' });
    expect(duplicate.status).toBe(422);
    expect(duplicate.json).toEqual({ errors: ['Category Name has already been taken'] });
    const long = await api('POST', '/categories.json', { name: 'あ'.repeat(51) });
    expect(long.json.errors).toEqual(['Category Name is too long (maximum is 50 characters)']);
  });

  it('checks supplied slugs and leaves a Japanese name without a slug on a ja forum', async () => {
    const taken = await api('POST', '/categories.json', { name: 'Another MPA', slug: 'mpa' });
    expect(taken.json.errors).toEqual(['Slug is already in use']);
    const reserved = await api('POST', '/categories.json', { name: 'Reserved', slug: '12-category' });
    expect(reserved.json.errors).toEqual(['Slug is invalid']);
    const automatic = (await api('POST', '/categories.json', { name: 'きょうだいの部屋' })).json.category;
    expect(automatic.slug).toBe('');
  });

  it('refuses non-ASCII slugs when slug_generation_method is ascii', async () => {
    const ascii = await startForumForTest({ settings: { slug_generation_method: 'ascii' } });
    const answer = await ascii.api('POST', '/categories.json', { name: '親の部屋', slug: '親' });
    expect(answer.json.errors).toEqual(['Slug contains non-ascii characters']);
    const generated = (await ascii.api('POST', '/categories.json', { name: 'Parents Room' })).json.category;
    expect(generated.slug).toBe('parents-room');
  });

  it('takes permissions as {group: level}; an unknown group is an unhandled 500', async () => {
    expect(
      (await api('POST', '/admin/groups.json', { group: { name: 'ssc_members', visibility_level: 2 } })).status,
    ).toBe(200);
    const restricted = (
      await api('POST', '/categories.json', { name: 'Members', slug: 'members', permissions: { ssc_members: 1 } })
    ).json.category;
    expect(restricted.read_restricted).toBe(true);
    expect(restricted.group_permissions).toEqual([
      { permission_type: 1, group_name: 'ssc_members', group_id: expect.any(Number) },
    ]);
    const unknown = await api('POST', '/categories.json', {
      name: 'Broken',
      slug: 'broken',
      permissions: { no_such_group: 1 },
    });
    expect(unknown.status).toBe(500);
    const hidden = await api('GET', `/c/${restricted.id}/show.json`, undefined, { as: 'forum_member' });
    expect(hidden.status).toBe(404);
  });
});

describe('updating and listing categories', () => {
  it('renames the About topic with the category and answers {success, category}', async () => {
    const created = (await api('POST', '/categories.json', { name: '配偶者', slug: 'partners' })).json.category;
    const updated = await api('PUT', `/categories/${created.id}.json`, { name: '配偶者・パートナー' });
    expect(updated.json).toMatchObject({ success: 'OK', category: { name: '配偶者・パートナー', slug: 'partners' } });
    const topicId = Number(created.topic_url.split('/').pop());
    expect((await api('GET', `/t/${topicId}.json`)).json.title).toBe('About the 配偶者・パートナー category');
    const recoloured = await api('PUT', `/categories/${created.id}.json`, { color: 'BF1E2E' });
    expect(recoloured.json.category).toMatchObject({ color: 'BF1E2E', name: '配偶者・パートナー' });
    expect((await api('PUT', `/categories/${created.id}.json`, { color: 'red' })).json.errors).toEqual([
      'Color is invalid',
    ]);
  });

  it('lists every category flat in site.json and top-level ones with subcategory_ids in categories.json', async () => {
    const parent = (await api('POST', '/categories.json', { name: 'Condition', slug: 'condition' })).json.category;
    const child = (await api('POST', '/categories.json', { name: 'Room', slug: 'room', parent_category_id: parent.id }))
      .json.category;
    const site = (await api('GET', '/site.json')).json;
    const flat = site.categories.find((c: { id: number }) => c.id === child.id);
    expect(flat).toMatchObject({
      parent_category_id: parent.id,
      slug: 'room',
      topic_url: expect.stringMatching(/^\/t\//),
    });
    expect(site.categories.find((c: { id: number }) => c.id === parent.id).parent_category_id).toBeUndefined();
    const list = (await api('GET', '/categories.json?include_subcategories=true')).json.category_list.categories;
    const top = list.find((c: { id: number }) => c.id === parent.id);
    expect(top.subcategory_ids).toEqual([child.id]);
    expect(top.subcategory_list[0].id).toBe(child.id);
    expect(list.some((c: { id: number }) => c.id === child.id)).toBe(false);
    expect(list.some((c: { id: number }) => c.id === 1)).toBe(false);
  });

  it('finds groups by name and answers 404 for a missing one', async () => {
    expect((await api('GET', '/groups/ssc_members.json')).json.group.name).toBe('ssc_members');
    expect((await api('GET', '/groups/nobody_group.json')).status).toBe(404);
    const taken = await api('POST', '/admin/groups.json', { group: { name: 'SSC_members' } });
    expect(taken.json.errors).toEqual(['Name has already been taken']);
  });
});
