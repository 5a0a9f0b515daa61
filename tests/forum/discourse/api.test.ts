import { afterEach, describe, expect, it } from 'vitest';
import { DiscourseApi } from '../../../src/forum/discourse/api.ts';
import { ForumClient } from '../../../src/forum/discourse/http/client.ts';
import { createPacer } from '../../../src/forum/discourse/http/pacer.ts';
import { json, scriptedServer, type Script } from '../support/scripted-server.ts';

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

async function apiFor(scripts: Script[]) {
  const server = await scriptedServer(scripts);
  close = server.close;
  const client = new ForumClient({
    baseUrl: server.url,
    apiKey: 'k',
    apiUsername: 'hiroba_admin',
    pacer: createPacer({ perMinute: 6000, timeScale: 1000 }),
  });
  return { server, api: new DiscourseApi(client) };
}

const listed = (ids: number[], more: boolean) =>
  json(200, {
    users: [{ id: 1, username: 'hiroba_admin' }],
    topic_list: {
      per_page: 30,
      topics: ids.map((id) => ({
        id,
        title: `話題 ${id}`,
        category_id: 5,
        pinned: false,
        closed: false,
        visible: true,
      })),
      ...(more ? { more_topics_url: '/topics/created-by/hiroba_admin?page=1' } : {}),
    },
  });

describe('the Discourse endpoints the sync reads', () => {
  it('walks every page of the topics the API user started, oldest first so that the pages do not shift', async () => {
    const { server, api } = await apiFor([listed([1, 2], true), listed([2, 3], false)]);
    expect((await api.topicsCreatedBy('hiroba_admin'))?.map((topic) => topic.id)).toEqual([1, 2, 3]);
    expect(server.seen.map((request) => request.path)).toEqual([
      '/topics/created-by/hiroba_admin.json?order=created&ascending=true&page=0',
      '/topics/created-by/hiroba_admin.json?order=created&ascending=true&page=1',
    ]);
  });

  it('pages back through the latest posts with before=', async () => {
    const posts = [{ id: 12, topic_id: 4, post_number: 1, version: 1, raw: '本文' }];
    const { server, api } = await apiFor([json(200, { latest_posts: posts }), json(200, { latest_posts: [] })]);
    expect(await api.latestPosts()).toEqual(posts);
    expect(await api.latestPosts(12)).toEqual([]);
    expect(server.seen.map((request) => request.path)).toEqual(['/posts.json', '/posts.json?before=12']);
  });

  it('reads the permissions of many categories 200 to a request, and says when the forum cannot give them that way', async () => {
    const ids = Array.from({ length: 250 }, (_, index) => index + 1);
    const answer = (from: number, to: number) =>
      json(200, {
        categories: ids.slice(from, to).map((id) => ({
          id,
          group_permissions: [{ group_name: id % 2 ? 'everyone' : 'salon_parent', permission_type: 1 }],
        })),
      });
    const { server, api } = await apiFor([
      answer(0, 200),
      answer(200, 250),
      json(200, { categories: [{ id: 1, name: '古い形' }] }),
    ]);
    const permissions = await api.permissionsOf(ids);
    expect(permissions?.size).toBe(250);
    expect(permissions?.get(1)).toEqual({ everyone: 1 });
    expect(permissions?.get(2)).toEqual({ salon_parent: 1 });
    expect(server.seen).toHaveLength(2);
    expect(server.seen[0]!.path).toMatch(/^\/categories\/find\.json\?include_permissions=true&ids\[\]=1&ids\[\]=2&/);
    expect(server.seen[0]!.path.match(/ids\[\]=/g)).toHaveLength(200);
    expect(await api.permissionsOf([1])).toBeNull();
  });

  it('says so when the forum has no such list', async () => {
    const { api } = await apiFor([
      json(404, { errors: ['The requested URL or resource could not be found.'], error_type: 'not_found' }),
    ]);
    expect(await api.topicsCreatedBy('hiroba_admin')).toBeNull();
  });

  it('reads a topic id from the external_id redirect without following it', async () => {
    const { server, api } = await apiFor([
      (_request, response) => {
        response.writeHead(301, { Location: 'https://forum.example/t/some-title/42.json' });
        response.end();
      },
      json(404, { errors: ['not found'], error_type: 'not_found' }),
    ]);
    expect(await api.topicIdByExternalId('hiroba-event-x')).toBe(42);
    expect(await api.topicIdByExternalId('hiroba-event-y')).toBeNull();
    expect(server.seen.map((request) => request.path)).toEqual([
      '/t/external_id/hiroba-event-x.json',
      '/t/external_id/hiroba-event-y.json',
    ]);
  });

  it('sends status changes the way Discourse compares them, as the strings "true" and "false"', async () => {
    const { server, api } = await apiFor([json(200, { success: 'OK' })]);
    await api.setStatus(7, 'pinned', true, '2026-12-12T05:00:00.000Z');
    await api.setStatus(7, 'closed', false);
    expect(server.seen.map((request) => `${request.method} ${request.path}`)).toEqual([
      'PUT /t/7/status.json',
      'PUT /t/7/status.json',
    ]);
    expect(server.seen.map((request) => JSON.parse(request.body))).toEqual([
      { status: 'pinned', enabled: 'true', until: '2026-12-12T05:00:00.000Z' },
      { status: 'closed', enabled: 'false' },
    ]);
  });

  it('takes the first post’s raw text from the topic when the forum includes it, and asks for it', async () => {
    const topic = {
      id: 9,
      title: '題名',
      category_id: 5,
      external_id: 'hiroba-event-a',
      closed: false,
      visible: true,
      pinned: true,
      pinned_until: '2026-12-12T05:00:00.000Z',
    };
    const { server, api } = await apiFor([
      json(200, {
        ...topic,
        post_stream: { posts: [{ id: 31, post_number: 1, topic_id: 9, version: 2, raw: '本文' }] },
      }),
      json(200, {
        ...topic,
        post_stream: { posts: [{ id: 31, post_number: 1, topic_id: 9, version: 2, cooked: '<p>本文</p>' }] },
      }),
    ]);
    expect(await api.topic(9)).toEqual({
      id: 9,
      title: '題名',
      categoryId: 5,
      externalId: 'hiroba-event-a',
      status: { pinned: true, pinnedUntil: '2026-12-12T05:00:00.000Z', closed: false, visible: true },
      firstPost: { id: 31, raw: '本文', version: 2 },
    });
    expect((await api.topic(9)).firstPost).toBeNull();
    expect(server.seen[0]!.path).toBe('/t/9.json?include_raw=true');
  });

  it('turns an answer of another shape into one plain error naming the field, before anything reads a wrong value', async () => {
    const category = {
      id: 1,
      name: '部屋',
      slug: 'room',
      text_color: 'FFFFFF',
      position: 1,
      read_restricted: false,
      topic_url: null,
    };
    const { api } = await apiFor([json(200, { categories: [category] })]);
    await expect(api.site()).rejects.toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('GET /site.json の categories.0.color'),
    });
  });
});
