import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../tools/forum-emulator/emulator.ts';
import { memberName, startForum, topicBody, type ApiCall } from './forum-client.ts';

let emulator: RunningEmulator;
let api: ApiCall;

beforeAll(async () => {
  ({ emulator, api } = await startForum());
});
afterAll(() => emulator.close());

const invalidCredentials = {
  errors: ['You are not permitted to view the requested resource. The API username or key is invalid.'],
  error_type: 'invalid_access',
};

describe('authentication', () => {
  it('refuses a wrong API key with the 403 body Discourse sends', async () => {
    const answer = await api('GET', '/site.json', undefined, { key: 'wrong-key' });
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual(invalidCredentials);
  });

  it('refuses an unknown Api-Username with the same body', async () => {
    const answer = await api('GET', '/categories.json', undefined, { as: 'nobody_here' });
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual(invalidCredentials);
  });

  it('treats a request without Api-Key as anonymous: reads work, writes need a login', async () => {
    expect((await api('GET', '/site.json', undefined, { as: null })).status).toBe(200);
    const write = await api('POST', '/posts.json', topicBody(), { as: null });
    expect(write.status).toBe(403);
    expect(write.json).toEqual({ errors: ['You need to be logged in to do that.'], error_type: 'not_logged_in' });
  });

  it('gives a non-admin user 403 invalid_access on admin actions and 404 under /admin', async () => {
    const create = await api('POST', '/categories.json', { name: 'Members only' }, { as: memberName });
    expect(create.status).toBe(403);
    expect(create.json).toEqual({
      errors: ['You are not permitted to view the requested resource.'],
      error_type: 'invalid_access',
    });
    const settings = await api('GET', '/admin/site_settings.json', undefined, { as: memberName });
    expect(settings.status).toBe(404);
  });

  it('shows site settings to the admin, with string values and the Japanese-locale defaults', async () => {
    const answer = await api('GET', '/admin/site_settings.json');
    expect(answer.status).toBe(200);
    const byName = Object.fromEntries(
      answer.json.site_settings.map((s: { setting: string; value: string }) => [s.setting, s.value]),
    );
    expect(byName).toMatchObject({
      default_locale: 'ja',
      min_topic_title_length: '6',
      min_first_post_length: '8',
      allow_duplicate_topic_titles: 'false',
      slug_generation_method: 'none',
      calendar_enabled: 'false',
    });
  });
});

describe('error shapes', () => {
  it('answers an unknown topic with the not_found body', async () => {
    const answer = await api('GET', '/t/999999.json');
    expect(answer.status).toBe(404);
    expect(answer.json.errors).toEqual(['The requested URL or resource could not be found.']);
    expect(answer.json.error_type).toBe('not_found');
  });

  it('answers an unknown route with 404 JSON', async () => {
    const answer = await api('GET', '/no/such/thing.json');
    expect(answer.status).toBe(404);
    expect(answer.json.error_type).toBe('not_found');
  });

  it('serves the HTML app shell to a GET without .json or Accept: application/json', async () => {
    const answer = await api('GET', '/categories');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('text/html');
    const json = await api('GET', '/categories', undefined, { headers: { Accept: 'application/json' } });
    expect(json.json.category_list).toBeDefined();
  });

  it('answers a missing required parameter with 400 "param is missing"', async () => {
    const answer = await api('POST', '/categories.json', { color: 'ABCDEF' });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ errors: ['param is missing or the value is empty: name'] });
  });

  it('refuses a parameter of the wrong type according to the OpenAPI description', async () => {
    const answer = await api('POST', '/posts.json', topicBody({ category: 'not-a-number' }));
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      errors: ['You supplied invalid parameters to the request: category'],
      error_type: 'invalid_parameters',
    });
  });

  it('refuses a topic in a category that does not exist', async () => {
    const answer = await api('POST', '/posts.json', topicBody({ category: 987654 }));
    expect(answer.status).toBe(400);
    expect(answer.json.error_type).toBe('invalid_parameters');
  });

  it('accepts form-encoded bodies with Rails-style nested keys', async () => {
    const created = await api('POST', '/posts.json', topicBody());
    const answer = await api(
      'PUT',
      `/posts/${created.json.id}.json`,
      { 'post[raw]': 'フォームから書き換えた本文です。' },
      { form: true },
    );
    expect(answer.status).toBe(200);
    expect(answer.json.post.raw).toBe('フォームから書き換えた本文です。');
  });
});
