import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ForumClient, serverErrors, waitSeconds } from '../../../src/forum/discourse/http/client.ts';
import { ForumError } from '../../../src/forum/discourse/http/errors.ts';
import { createPacer } from '../../../src/forum/discourse/http/pacer.ts';
import { drop, json, scriptedServer, text, type Script } from '../support/scripted-server.ts';

const key = 'secret-key-0f9e8d7c6b5a';
// Forum seconds pass a thousand times faster here, so waits and backoffs take milliseconds.
const pacer = () => createPacer({ perMinute: 6000, timeScale: 1000 });
let servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function clientFor(scripts: Script[]) {
  const server = await scriptedServer(scripts);
  servers.push(server);
  return {
    server,
    client: new ForumClient({ baseUrl: server.url, apiKey: key, apiUsername: 'hiroba_admin', pacer: pacer() }),
  };
}

const rateLimitedJson = json(429, {
  errors: ['You’ve performed this action too many times.'],
  error_type: 'rate_limit',
  extras: { wait_seconds: 2 },
});

describe('the forum client', () => {
  it('sends the key and user as Discourse headers and asks for JSON', async () => {
    const { server, client } = await clientFor([json(200, { ok: true })]);
    await client.get('/site.json');
    expect(server.seen[0]!.headers['api-key']).toBe(key);
    expect(server.seen[0]!.headers['api-username']).toBe('hiroba_admin');
    expect(server.seen[0]!.headers['accept']).toBe('application/json');
  });

  it('waits out a JSON 429 and a plain-text 429 with Retry-After, then goes on', async () => {
    const { server, client } = await clientFor([
      rateLimitedJson,
      text(429, 'Slow down, too many requests', { 'Retry-After': '3' }),
      json(200, { ok: true }),
    ]);
    const response = await client.get('/site.json');
    expect(response.status).toBe(200);
    expect(server.seen).toHaveLength(3);
    expect(client.reads).toBe(3);
  });

  it('retries a GET after 5xx answers and dropped connections, a bounded number of times', async () => {
    const { server, client } = await clientFor([text(502, 'Bad gateway'), drop, json(200, { ok: true })]);
    expect((await client.get('/site.json')).status).toBe(200);
    expect(server.seen).toHaveLength(3);

    const failing = await clientFor([text(500, 'Oops')]);
    await expect(failing.client.get('/site.json')).rejects.toMatchObject({ kind: 'gave-up' });
    expect(failing.server.seen).toHaveLength(5);
  });

  it('never re-sends a create whose answer was lost: it reports the outcome as unknown', async () => {
    for (const lost of [text(500, 'Oops'), drop]) {
      const { server, client } = await clientFor([lost, json(200, { id: 1 })]);
      await expect(client.request('POST', '/posts.json', { body: { title: 't' } })).rejects.toMatchObject({
        kind: 'ambiguous',
      });
      expect(server.seen).toHaveLength(1);
      expect(client.writes).toBe(1);
    }
  });

  it('re-sends an idempotent write after a failure', async () => {
    const { server, client } = await clientFor([text(503, 'Unavailable'), json(200, { success: 'OK' })]);
    await client.request('PUT', '/t/1/status.json', { body: { status: 'closed', enabled: 'true' }, idempotent: true });
    expect(server.seen.map((request) => request.method)).toEqual(['PUT', 'PUT']);
  });

  it('says the forum is unreachable when nothing listens, without naming the key', async () => {
    const port = await freePort();
    const client = new ForumClient({
      baseUrl: `http://127.0.0.1:${port}`,
      apiKey: key,
      apiUsername: 'hiroba_admin',
      pacer: pacer(),
    });
    const error = await client.get('/site.json').then(
      () => null,
      (caught: unknown) => caught,
    );
    if (!(error instanceof ForumError)) throw new Error('expected a ForumError');
    expect(error.kind).toBe('unreachable');
    expect(error.message).toContain('つながりません');
    expect(error.message).not.toContain(key);
  });

  it('scrubs the key from anything a server echoes back', async () => {
    const { client } = await clientFor([
      (request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ echo: request.headers['api-key'] }));
      },
    ]);
    const response = await client.get('/site.json');
    expect(JSON.stringify(response.body)).not.toContain(key);
  });

  it('hands a redirect back when asked to, so a look-up costs one request', async () => {
    const { server, client } = await clientFor([
      (_request, response) => {
        response.writeHead(301, { Location: '/t/some-topic/42.json' });
        response.end();
      },
    ]);
    const response = await client.get('/t/external_id/x.json', { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/t/some-topic/42.json');
    expect(server.seen).toHaveLength(1);
  });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('reading a refusal', () => {
  const answer = (body: unknown, headers: Record<string, string> = {}) => ({
    status: 422,
    headers: new Headers(headers),
    body,
  });

  it('takes Discourse’s own messages, whatever else the body holds, and a short plain-text body as one', () => {
    expect(serverErrors(answer({ action: 'create_post', errors: ['External has already been taken'] }))).toEqual([
      'External has already been taken',
    ]);
    expect(
      serverErrors(answer({ errors: ['Title has already been used'], error_type: 'invalid_parameters', extras: null })),
    ).toEqual(['Title has already been used']);
    expect(serverErrors(answer('Bad gateway'))).toEqual(['Bad gateway']);
    expect(serverErrors(answer({ success: false }))).toEqual([]);
  });

  it('waits as long as the body says, else as the Retry-After header says, else a cautious 10 seconds', () => {
    expect(waitSeconds(answer({ errors: ['slow down'], extras: { wait_seconds: 2 } }, { 'Retry-After': '3' }))).toBe(2);
    expect(waitSeconds(answer({ errors: ['slow down'], extras: null }, { 'Retry-After': '3' }))).toBe(3);
    expect(waitSeconds(answer('Slow down'))).toBe(10);
  });
});
