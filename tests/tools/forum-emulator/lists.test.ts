import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../tools/forum-emulator/emulator.ts';
import { loadSpec } from '../../../tools/forum-emulator/openapi.ts';
import { adminName, startForum, topicBody, type ApiCall } from './forum-client.ts';

let emulator: RunningEmulator;
let api: ApiCall;

beforeAll(async () => {
  ({ emulator, api } = await startForum());
});
afterAll(() => emulator.close());

/** The 200 answer's schema of an operation in Discourse's OpenAPI description (the emulator's vendored spec). */
async function answerSchema(path: string): Promise<Record<string, unknown>> {
  const operation = (await loadSpec()).paths[path]!['get'] as {
    responses: Record<string, { content: Record<string, { schema: Record<string, unknown> }> }>;
  };
  return structuredClone(operation.responses['200']!.content['application/json']!.schema);
}

/** A fresh forum for tests that count what a list holds. */
async function fresh(): Promise<void> {
  await api('POST', '/__emulator/reset');
}

describe('GET /t/{id}.json with include_raw', () => {
  it('adds each post’s raw text to the post stream for any value of the parameter, and leaves it out without one', async () => {
    const created = await api('POST', '/posts.json', topicBody({ raw: '本文の元の文です。**太字**もあります。' }));
    const id = created.json.topic_id;
    for (const value of ['true', '1', 'false']) {
      const shown = await api('GET', `/t/${id}.json?include_raw=${value}`);
      expect(shown.json.post_stream.posts[0]).toMatchObject({
        post_number: 1,
        raw: '本文の元の文です。**太字**もあります。',
      });
    }
    const plain = await api('GET', `/t/${id}.json`);
    expect(plain.json.post_stream.posts[0].raw).toBeUndefined();
    expect(plain.json.post_stream.posts[0].cooked).toContain('<strong>太字</strong>');
  });
});

describe('GET /topics/created-by/{username}.json', () => {
  it('lists the user’s topics, the About topics of the categories they created included, with status fields', async () => {
    await fresh();
    const category = (await api('POST', '/categories.json', { name: '血友病', slug: 'hemophilia' })).json.category;
    const aboutId = Number(/\/(\d+)$/.exec(category.topic_url)?.[1]);
    const topic = (await api('POST', '/posts.json', topicBody({ category: category.id }))).json.topic_id;
    await api('PUT', `/t/${topic}/status.json`, { status: 'closed', enabled: 'true' });
    const listed = await api('GET', `/topics/created-by/${adminName}.json`);
    expect(listed.status).toBe(200);
    expect(listed.json.topic_list.per_page).toBe(30);
    expect(listed.json.topic_list.more_topics_url).toBeUndefined();
    const byId = new Map(listed.json.topic_list.topics.map((item: { id: number }) => [item.id, item]));
    expect([...byId.keys()].sort()).toEqual([aboutId, topic].sort());
    expect(byId.get(aboutId)).toMatchObject({
      category_id: category.id,
      pinned: true,
      closed: false,
      visible: true,
      pinned_globally: false,
    });
    expect(byId.get(topic)).toMatchObject({
      category_id: category.id,
      pinned: false,
      closed: true,
      archived: false,
      visible: true,
      posts_count: 2,
    });
    expect(byId.get(topic)).not.toHaveProperty('excerpt');
    expect(typeof (byId.get(aboutId) as { excerpt: unknown }).excerpt).toBe('string');
  });

  it('pages 30 at a time with ?page= and names the next page while a page is full', async () => {
    await fresh();
    const ids: number[] = [];
    for (let i = 0; i < 31; i++) ids.push((await api('POST', '/posts.json', topicBody())).json.topic_id);
    const first = await api('GET', `/topics/created-by/${adminName}.json`);
    expect(first.json.topic_list.topics).toHaveLength(30);
    expect(first.json.topic_list.more_topics_url).toBe(`/topics/created-by/${adminName}?page=1`);
    const second = await api('GET', `/topics/created-by/${adminName}.json?page=1`);
    expect(second.json.topic_list.topics).toHaveLength(1);
    expect(second.json.topic_list.more_topics_url).toBeUndefined();
    const seen = [...first.json.topic_list.topics, ...second.json.topic_list.topics].map(
      (item: { id: number }) => item.id,
    );
    expect(seen.toSorted((a, b) => a - b)).toEqual(ids);
    // The default order is by last activity, newest first.
    expect(seen[0]).toBe(ids[30]);
    const oldestFirst = await api('GET', `/topics/created-by/${adminName}.json?order=created&ascending=true`);
    expect(oldestFirst.json.topic_list.topics[0].id).toBe(ids[0]);
    expect(oldestFirst.json.topic_list.more_topics_url).toBe(
      `/topics/created-by/${adminName}?ascending=true&order=created&page=1`,
    );
    expect((await api('GET', `/topics/created-by/${adminName}.json?page=x`)).status).toBe(400);
  });

  it('answers in the shape the OpenAPI description gives topic lists (it describes /latest.json, not this list)', async () => {
    await fresh();
    const category = (await api('POST', '/categories.json', { name: '血友病', slug: 'hemophilia' })).json.category;
    await api('POST', '/posts.json', topicBody({ category: category.id }));
    const schema = await answerSchema('/latest.json');
    // Discourse sends null for a topic without an image; the description says string.
    const item = (
      (schema['properties'] as any).topic_list.properties.topics.items as { properties: Record<string, unknown> }
    ).properties;
    item['image_url'] = { type: ['string', 'null'] };
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const listed = await api('GET', `/topics/created-by/${adminName}.json`);
    expect(validate(listed.json), JSON.stringify(validate.errors)).toBe(true);
    expect(listed.json.topic_list.topics[0]).toMatchObject({ bookmarked: false, liked: false, notification_level: 3 });
  });

  it('shows unlisted topics to their author and to staff only, never deleted ones, and 404s an unknown user', async () => {
    await fresh();
    const unlisted = (await api('POST', '/posts.json', topicBody())).json.topic_id;
    await api('PUT', `/t/${unlisted}/status.json`, { status: 'visible', enabled: 'false' });
    const deleted = (await api('POST', '/posts.json', topicBody())).json.topic_id;
    await api('DELETE', `/t/${deleted}.json`);
    const ids = async (as: string) =>
      (await api('GET', `/topics/created-by/${adminName}.json`, undefined, { as })).json.topic_list.topics.map(
        (item: { id: number }) => item.id,
      );
    expect(await ids(adminName)).toEqual([unlisted]);
    expect(await ids('forum_member')).toEqual([]);
    expect((await api('GET', '/topics/created-by/nobody_here.json')).status).toBe(404);
  });
});

describe('GET /posts.json (latest posts)', () => {
  it('gives the newest regular posts first with raw, excerpt, topic title and category, 50 a page, paging back with ?before=', async () => {
    await fresh();
    const category = (await api('POST', '/categories.json', { name: '強皮症', slug: 'scleroderma' })).json.category;
    const firstBody = topicBody({ category: category.id, raw: '最初の話題の本文です。ようこそ。' });
    const first = await api('POST', '/posts.json', firstBody);
    await api('PUT', `/t/${first.json.topic_id}/status.json`, { status: 'pinned', enabled: 'true' });
    for (let i = 0; i < 55; i++) await api('POST', '/posts.json', topicBody({ category: category.id }));
    const page = await api('GET', '/posts.json');
    expect(page.status).toBe(200);
    const posts = page.json.latest_posts;
    expect(posts).toHaveLength(50);
    expect(posts.map((post: { id: number }) => post.id)).toEqual(
      posts.map((post: { id: number }) => post.id).toSorted((a: number, b: number) => b - a),
    );
    expect(posts.every((post: { post_type: number }) => post.post_type === 1)).toBe(true);
    const older = await api('GET', `/posts.json?before=${posts.at(-1).id}`);
    const rest = older.json.latest_posts;
    // 56 topics, this category's About post and those of the three categories a fresh forum has; the pin's
    // small-action post is left out.
    expect(rest).toHaveLength(10);
    expect(rest.every((post: { id: number }) => post.id < posts.at(-1).id)).toBe(true);
    expect(rest.find((post: { id: number }) => post.id === first.json.id)).toMatchObject({
      topic_id: first.json.topic_id,
      post_number: 1,
      raw: '最初の話題の本文です。ようこそ。',
      excerpt: '最初の話題の本文です。ようこそ。',
      topic_title: firstBody['title'],
      category_id: category.id,
      version: 1,
    });
  });

  it('answers in the shape the OpenAPI description gives it (listPosts)', async () => {
    await fresh();
    await api('POST', '/posts.json', topicBody());
    const validate = new Ajv({ allErrors: true, strict: false }).compile(await answerSchema('/posts.json'));
    const latest = await api('GET', '/posts.json');
    expect(validate(latest.json), JSON.stringify(validate.errors)).toBe(true);
    expect(latest.json.latest_posts.length).toBeGreaterThan(0);
  });

  it('leaves out unlisted and deleted topics, and categories the caller cannot see', async () => {
    await fresh();
    const staffOnly = (
      await api('POST', '/categories.json', { name: 'スタッフ連絡', slug: 'staff-notes', permissions: { staff: 1 } })
    ).json.category;
    const hidden = await api('POST', '/posts.json', topicBody({ category: staffOnly.id }));
    const unlisted = await api('POST', '/posts.json', topicBody());
    await api('PUT', `/t/${unlisted.json.topic_id}/status.json`, { status: 'visible', enabled: 'false' });
    const deleted = await api('POST', '/posts.json', topicBody());
    await api('DELETE', `/t/${deleted.json.topic_id}.json`);
    const ids = async (as: string | null) =>
      (await api('GET', '/posts.json', undefined, { as })).json.latest_posts.map((post: { id: number }) => post.id);
    const forAdmin = await ids(adminName);
    expect(forAdmin).toContain(hidden.json.id);
    expect(forAdmin).not.toContain(unlisted.json.id);
    expect(forAdmin).not.toContain(deleted.json.id);
    expect(await ids('forum_member')).not.toContain(hidden.json.id);
    expect(await ids(null)).not.toContain(hidden.json.id);
  });
});

describe('GET /categories/find.json', () => {
  it('returns the listed categories, with group permissions when include_permissions is given', async () => {
    await fresh();
    await api('POST', '/admin/groups.json', { group: { name: 'salon_parent' } });
    const open = (await api('POST', '/categories.json', { name: '公開の部屋', slug: 'open-room' })).json.category;
    const closed = (
      await api('POST', '/categories.json', {
        name: '参加者の部屋',
        slug: 'members-room',
        permissions: { salon_parent: 1 },
      })
    ).json.category;
    const found = await api(
      'GET',
      `/categories/find.json?ids[]=${open.id}&ids[]=${closed.id}&include_permissions=true`,
    );
    expect(found.status).toBe(200);
    const byId = new Map(found.json.categories.map((category: { id: number }) => [category.id, category]));
    expect(byId.get(open.id)).toMatchObject({
      read_restricted: false,
      group_permissions: [{ group_name: 'everyone', permission_type: 1 }],
    });
    expect(byId.get(closed.id)).toMatchObject({
      read_restricted: true,
      group_permissions: [{ group_name: 'salon_parent', permission_type: 1 }],
    });
    const short = await api('GET', `/categories/find.json?ids[]=${closed.id}`);
    expect(short.json.categories[0]).not.toHaveProperty('group_permissions');
    expect(
      (await api('GET', `/categories/find.json?ids[]=${closed.id}`, undefined, { as: 'forum_member' })).status,
    ).toBe(404);
    expect((await api('GET', '/categories/find.json?ids[]=99999')).status).toBe(404);
  });
});
