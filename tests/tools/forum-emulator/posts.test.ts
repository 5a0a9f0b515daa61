import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../tools/forum-emulator/emulator.ts';
import { startForum, topicBody, type ApiCall } from './forum-client.ts';

let emulator: RunningEmulator;
let api: ApiCall;

beforeAll(async () => {
  ({ emulator, api } = await startForum({ settings: { calendar_enabled: true, discourse_post_event_enabled: true } }));
});
afterAll(() => emulator.close());

async function newPost(): Promise<{ id: number; topic_id: number }> {
  return (await api('POST', '/posts.json', topicBody())).json;
}

const edit = (id: number, raw: string, extra: Record<string, unknown> = {}) =>
  api('PUT', `/posts/${id}.json`, { post: { raw, ...extra } });

describe('post revisions', () => {
  it('merges a small edit by the same user within the grace period: version stays 1', async () => {
    const post = await newPost();
    const answer = await edit(post.id, 'オンライン交流会を開きます。どなたでもどうぞ！');
    expect(answer.status).toBe(200);
    expect(answer.json.post).toMatchObject({ version: 1, raw: 'オンライン交流会を開きます。どなたでもどうぞ！' });
  });

  it('creates a new version for an edit reason, after the grace period, or for a big edit', async () => {
    const post = await newPost();
    expect((await edit(post.id, '理由つきで書き換えた本文です。', { edit_reason: 'sync' })).json.post.version).toBe(2);
    expect(
      (await edit(post.id, '同じ理由なら猶予期間内はまとめられます。', { edit_reason: 'sync' })).json.post.version,
    ).toBe(2);
    await api('POST', '/__emulator/advance-clock', { seconds: 301 });
    expect((await edit(post.id, '猶予期間のあとの編集は新しい版になります。')).json.post.version).toBe(3);
    expect((await edit(post.id, 'と'.repeat(500))).json.post.version).toBe(4);
    const revision = (await api('GET', `/posts/${post.id}/revisions/2.json`)).json;
    expect(revision).toMatchObject({
      current_revision: 2,
      username: 'hiroba_admin',
      edit_reason: 'sync',
      version_count: 4,
    });
    expect((await api('GET', `/posts/${post.id}/revisions/1.json`)).status).toBe(400);
  });

  it('records an edit by a person on the forum as a new version with that user as editor', async () => {
    const post = await newPost();
    const drift = await api('POST', '/__emulator/act-as-user', {
      username: 'hanako',
      post_id: post.id,
      raw: 'フォーラムの人が直した本文です。',
    });
    expect(drift.status).toBe(200);
    const shown = (await api('GET', `/posts/${post.id}.json`)).json;
    expect(shown).toMatchObject({ version: 2, raw: 'フォーラムの人が直した本文です。' });
    expect((await api('GET', `/posts/${post.id}/revisions/latest.json`)).json.username).toBe('hanako');
    const dumped = (await api('GET', '/__emulator/state')).json.posts.find((p: { id: number }) => p.id === post.id);
    expect(dumped.last_editor_username).toBe('hanako');
  });

  it('answers 409 when original_text no longer matches', async () => {
    const post = await newPost();
    const answer = await edit(post.id, '新しい本文をここに書きます。', { original_text: '古い本文' });
    expect(answer.status).toBe(409);
  });

  it('renames a topic through its first post with a top-level title', async () => {
    const post = await newPost();
    const answer = await api('PUT', `/posts/${post.id}.json`, {
      title: '最初の投稿から変えた題名です',
      post: { raw: '題名と本文をいっしょに直します。' },
    });
    expect(answer.status).toBe(200);
    expect((await api('GET', `/t/${post.topic_id}.json`)).json.title).toBe('最初の投稿から変えた題名です');
  });

  it('refuses another user editing a post that is not theirs', async () => {
    const post = await newPost();
    expect(
      (
        await api(
          'PUT',
          `/posts/${post.id}.json`,
          { post: { raw: '他人の投稿は直せません。' } },
          { as: 'forum_member' },
        )
      ).status,
    ).toBe(403);
    expect((await api('GET', '/posts/999999.json')).status).toBe(404);
  });
});

describe('[event] markup with the calendar enabled', () => {
  const event = (start: string, end: string, timezone = 'Asia/Tokyo') =>
    `[event start="${start}" end="${end}" status="public" timezone="${timezone}" name="オンライン交流会"]\n[/event]\n\n家族のオンライン交流会です。`;

  it('stores the event of a first post, with times in the given time zone', async () => {
    const created = await api('POST', '/posts.json', topicBody({ raw: event('2025-08-01 19:00', '2025-08-01 21:00') }));
    expect(created.status).toBe(200);
    const post = (await api('GET', `/posts/${created.json.id}.json`)).json;
    expect(post.event).toMatchObject({
      starts_at: '2025-08-01T10:00:00.000Z',
      ends_at: '2025-08-01T12:00:00.000Z',
      timezone: 'Asia/Tokyo',
      status: 'public',
    });
  });

  it('refuses an unknown time zone and an end before the start', async () => {
    const zone = await api(
      'POST',
      '/posts.json',
      topicBody({ raw: event('2025-08-01 19:00', '2025-08-01 21:00', 'Mars/Base') }),
    );
    expect(zone.status).toBe(422);
    expect(zone.json.errors).toEqual(['Invalid timezone: Mars/Base']);
    const backwards = await api(
      'POST',
      '/posts.json',
      topicBody({ raw: event('2025-08-01 21:00', '2025-08-01 19:00') }),
    );
    expect(backwards.json.errors).toEqual(['An event can’t end before it starts.']);
  });
});
