import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../tools/forum-emulator/emulator.ts';
import { startForum, topicBody, type ApiCall } from './forum-client.ts';

let emulator: RunningEmulator;
let api: ApiCall;
let categoryId: number;

beforeAll(async () => {
  ({ emulator, api } = await startForum());
  const created = await api('POST', '/categories.json', { name: '強皮症', slug: 'scleroderma' });
  categoryId = created.json.category.id;
});
afterAll(() => emulator.close());

describe('creating topics with POST /posts.json', () => {
  it('returns the first post at the root with topic_id, topic_slug and post_number', async () => {
    const answer = await api('POST', '/posts.json', topicBody({ category: categoryId }));
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ post_number: 1, topic_slug: 'topic', version: 1 });
    expect(answer.json.topic_id).toBeGreaterThan(0);
    expect(answer.json.raw).toBeUndefined();
  });

  it('refuses a second topic with the same title, ignoring case, with the create_post body', async () => {
    const body = topicBody({ title: 'Online Meeting for Families', category: categoryId });
    expect((await api('POST', '/posts.json', body)).status).toBe(200);
    const again = await api('POST', '/posts.json', {
      ...body,
      title: 'online meeting for FAMILIES',
      raw: '別の本文でも同じ題名は使えません。',
    });
    expect(again.status).toBe(422);
    expect(again.json).toEqual({ action: 'create_post', errors: ['Title has already been used'] });
  });

  it('checks title and body lengths with the site settings', async () => {
    const answer = await api(
      'POST',
      '/posts.json',
      { title: 'Hello', raw: '短い', category: categoryId },
      { as: 'forum_member' },
    );
    expect(answer.status).toBe(422);
    expect(answer.json.errors).toEqual(['Title is too short (minimum is 6 characters)']);
    const body = await api('POST', '/posts.json', {
      title: '本文が短すぎる話題です',
      raw: '短い',
      category: categoryId,
    });
    expect(body.json.errors).toEqual(['Body is too short (minimum is 8 characters)']);
  });

  it('answers an identical retry within 120 seconds with the same post instead of a duplicate', async () => {
    const body = topicBody({ category: categoryId });
    const first = await api('POST', '/posts.json', body);
    const retry = await api('POST', '/posts.json', body);
    expect(retry.status).toBe(200);
    expect(retry.json.id).toBe(first.json.id);
    await api('POST', '/__emulator/advance-clock', { seconds: 121 });
    const late = await api('POST', '/posts.json', body);
    expect(late.status).toBe(422);
    expect(late.json.errors).toEqual(['Title has already been used']);
  });
});

describe('external_id', () => {
  it('is unique ignoring case, at most 50 characters of letters, digits, _ and -', async () => {
    expect((await api('POST', '/posts.json', topicBody({ external_id: 'event-2025-08-01' }))).status).toBe(200);
    const duplicate = await api('POST', '/posts.json', topicBody({ external_id: 'EVENT-2025-08-01' }));
    expect(duplicate.status).toBe(422);
    expect(duplicate.json.errors).toEqual(['External has already been taken']);
    const invalid = await api('POST', '/posts.json', topicBody({ external_id: 'has space' }));
    expect(invalid.json.errors).toEqual(['External is invalid']);
    const long = await api('POST', '/posts.json', topicBody({ external_id: 'x'.repeat(51) }));
    expect(long.json.errors).toEqual(['External is too long (maximum is 50 characters)']);
  });

  it('redirects /t/external_id/{id}.json with 301 to /t/{slug}/{id}.json, and 404s otherwise', async () => {
    const created = await api('POST', '/posts.json', topicBody({ external_id: 'room-ssc-welcome' }));
    const answer = await api('GET', '/t/external_id/room-ssc-welcome.json');
    expect(answer.status).toBe(301);
    expect(answer.headers.get('location')).toBe(`${emulator.url}/t/topic/${created.json.topic_id}.json`);
    const followed = await fetch(answer.headers.get('location') ?? '', {
      headers: { 'Api-Key': 'test-api-key-0123456789', 'Api-Username': 'hiroba_admin' },
    });
    expect((await followed.json()).external_id).toBe('room-ssc-welcome');
    expect((await api('GET', '/t/external_id/ROOM-SSC-WELCOME.json')).status).toBe(404);
    expect((await api('GET', '/t/external_id/never-created.json')).status).toBe(404);
  });

  it('stays taken after the topic is deleted, while the look-up no longer finds it', async () => {
    const created = await api('POST', '/posts.json', topicBody({ external_id: 'deleted-one' }));
    expect((await api('DELETE', `/t/${created.json.topic_id}.json`)).status).toBe(200);
    expect((await api('GET', '/t/external_id/deleted-one.json')).status).toBe(404);
    const again = await api('POST', '/posts.json', topicBody({ external_id: 'deleted-one' }));
    expect(again.json.errors).toEqual(['External has already been taken']);
    const shown = await api('GET', `/t/${created.json.topic_id}.json`);
    expect(shown.status).toBe(200);
    expect(shown.json.deleted_at).not.toBeNull();
  });
});

describe('updating topics', () => {
  it('renames with a top-level title and ignores a body nested under "topic"', async () => {
    const created = await api('POST', '/posts.json', topicBody({ category: categoryId }));
    const nested = await api('PUT', `/t/-/${created.json.topic_id}.json`, {
      topic: { title: '読まれないネストした題名' },
    });
    expect(nested.status).toBe(200);
    expect(nested.json.basic_topic.title).not.toBe('読まれないネストした題名');
    const renamed = await api('PUT', `/t/-/${created.json.topic_id}.json`, { title: '新しい題名の交流会のお知らせ' });
    expect(renamed.json.basic_topic.title).toBe('新しい題名の交流会のお知らせ');
    const first = await api('GET', `/posts/by_number/${created.json.topic_id}/1.json`);
    expect(first.json.raw).toBe('オンライン交流会を開きます。どなたでもどうぞ。');
  });

  it('refuses a rename onto a title already in use', async () => {
    const a = await api('POST', '/posts.json', topicBody());
    const b = await api('POST', '/posts.json', topicBody());
    const aTitle = (await api('GET', `/t/${a.json.topic_id}.json`)).json.title;
    const answer = await api('PUT', `/t/-/${b.json.topic_id}.json`, { title: aTitle });
    expect(answer.status).toBe(422);
    expect(answer.json).toEqual({ errors: ['Title has already been used'] });
  });

  it('changes status with "true"/"false" strings and pins until a date', async () => {
    const created = await api('POST', '/posts.json', topicBody({ category: categoryId }));
    const id = created.json.topic_id;
    const close = await api('PUT', `/t/${id}/status.json`, { status: 'closed', enabled: 'true' });
    expect(close.json).toEqual({ success: 'OK', topic_status_update: null });
    await api('PUT', `/t/${id}/status.json`, { status: 'pinned', enabled: 'true', until: '2099-12-31' });
    await api('PUT', `/t/${id}/status.json`, { status: 'visible', enabled: 'false' });
    const topic = (await api('GET', `/t/${id}.json`)).json;
    expect(topic).toMatchObject({
      closed: true,
      pinned: true,
      visible: false,
      pinned_until: '2099-12-31T00:00:00.000Z',
    });
    const boolean = await api('PUT', `/t/${id}/status.json`, { status: 'closed', enabled: true });
    expect(boolean.status).toBe(400);
    const member = await api(
      'PUT',
      `/t/${id}/status.json`,
      { status: 'archived', enabled: 'true' },
      { as: 'forum_member' },
    );
    expect(member.status).toBe(403);
  });

  it('soft-deletes a topic, frees its title and cannot delete it twice', async () => {
    const body = topicBody();
    const created = await api('POST', '/posts.json', body);
    expect((await api('DELETE', `/t/${created.json.topic_id}.json`)).text).toBe('');
    const twice = await api('DELETE', `/t/${created.json.topic_id}.json`);
    expect(twice.status).toBe(422);
    const reused = await api('POST', '/posts.json', {
      ...body,
      raw: '同じ題名で作り直しました。よろしくお願いします。',
    });
    expect(reused.status).toBe(200);
  });
});

describe('titles as TextCleaner.clean_title stores them', () => {
  const stored = async (call: ApiCall, title: string): Promise<string> => {
    const created = await call('POST', '/posts.json', {
      title,
      raw: 'An online meeting for families. Everyone is welcome.',
    });
    expect(created.status).toBe(200);
    return (await call('GET', `/t/${created.json.topic_id}.json`)).json.title;
  };

  it('prettifies on an English forum: one ! or ?, no capitals shouting, a capital first word, no periods at the end', async () => {
    const english = await startForum({ locale: 'en' });
    try {
      expect(await stored(english.api, 'zoom meeting for families!!!')).toBe('Zoom meeting for families!');
      expect(await stored(english.api, 'Notes from the family meeting...')).toBe('Notes from the family meeting');
      expect(await stored(english.api, 'ONLINE MEETING FOR PARENTS')).toBe('Online meeting for parents');
      expect(await stored(english.api, 'Is there a meeting for siblings ??')).toBe('Is there a meeting for siblings?');
      expect(await stored(english.api, 'iPhone tips for the meeting room')).toBe('iPhone tips for the meeting room');
      expect(await stored(english.api, '  Meeting\u3000for   partners  ')).toBe('Meeting for partners');
    } finally {
      await english.emulator.close();
    }
  });

  it('keeps capitals with allow_uppercase_posts, and leaves a Japanese forum’s titles alone but for spaces', async () => {
    const shouting = await startForum({ locale: 'en', settings: { allow_uppercase_posts: true } });
    try {
      expect(await stored(shouting.api, 'MPA FAMILY MEETING')).toBe('MPA FAMILY MEETING');
    } finally {
      await shouting.emulator.close();
    }
    expect(await stored(api, '【満席】MPA 交流会のお知らせ...')).toBe('【満席】MPA 交流会のお知らせ...');
    expect(await stored(api, '親の部屋\u3000交流会   のお知らせ')).toBe('親の部屋 交流会 のお知らせ');
  });
});
