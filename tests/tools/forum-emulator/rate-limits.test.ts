import { describe, expect, it } from 'vitest';
import { startForumForTest } from './forum-client.ts';

describe('the admin API bucket', () => {
  it('refuses the request past the per-minute limit with the JSON 429 and its headers', async () => {
    const { emulator, api } = await startForumForTest({ adminRatePerMinute: 3 });
    for (let i = 0; i < 3; i += 1) expect((await api('GET', '/site.json')).status).toBe(200);
    const limited = await api('GET', '/site.json');
    expect(limited.status).toBe(429);
    const wait = limited.json.extras.wait_seconds;
    expect(wait).toBeGreaterThanOrEqual(59);
    expect(wait).toBeLessThanOrEqual(60);
    expect(limited.json).toEqual({
      errors: [`You’ve performed this action too many times. Please wait ${wait} seconds before trying again.`],
      error_type: 'rate_limit',
      extras: { wait_seconds: wait, time_left: `${wait} seconds` },
    });
    expect(limited.headers.get('retry-after')).toBe(String(wait));
    expect(limited.headers.get('discourse-rate-limit-error-code')).toBe('admin_api_key_rate_limit');
    expect((await api('GET', '/site.json', undefined, { as: null })).status).toBe(200);
    await api('POST', '/__emulator/advance-clock', { seconds: 60 });
    expect((await api('GET', '/site.json')).status).toBe(200);
    expect(emulator.counts.rateLimited).toBe(1);
  });

  it('starts empty again after reset(), as a fresh forum does', async () => {
    const { emulator, api } = await startForumForTest({ adminRatePerMinute: 2, ipRatePer10s: 3 });
    await api('GET', '/site.json');
    await api('GET', '/site.json');
    await api('GET', '/about.json', undefined, { as: null });
    expect((await api('GET', '/site.json')).status).toBe(429);
    emulator.reset();
    expect((await api('GET', '/site.json')).status).toBe(200);
    expect((await api('GET', '/site.json')).status).toBe(200);
    expect((await api('GET', '/about.json', undefined, { as: null })).status).toBe(200);
    expect(emulator.counts.rateLimited).toBe(0);
  });

  it('reports waits in emulated seconds, which pass faster with a time scale', async () => {
    const { api } = await startForumForTest({ adminRatePerMinute: 2, timeScale: 600 });
    await api('GET', '/site.json');
    await api('GET', '/site.json');
    const limited = await api('GET', '/site.json');
    expect(limited.status).toBe(429);
    expect(limited.json.extras.wait_seconds).toBeGreaterThan(30);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await api('GET', '/site.json')).status).toBe(200);
  });
});

describe('the per-IP middleware limit', () => {
  it('answers in plain text, not JSON, with Retry-After and the error code', async () => {
    const { api } = await startForumForTest({ ipRatePer10s: 2 });
    await api('GET', '/about.json', undefined, { as: null });
    await api('GET', '/about.json', undefined, { as: null });
    const limited = await api('GET', '/about.json', undefined, { as: null });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('text/plain');
    expect(limited.text).toMatch(
      /^Slow down, you're making too many requests\.\nPlease retry again in (\d+) seconds\.\nError code: ip_10_secs_limit\.\n$/,
    );
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.headers.get('discourse-rate-limit-error-code')).toBe('ip_10_secs_limit');
  });
});
