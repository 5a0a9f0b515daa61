import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../../tools/browser/static-server.ts';

/** A raw GET, so a path is sent exactly as written (fetch would normalise it) and redirects are not followed. */
function get(
  origin: string,
  path: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((answered, failed) => {
    const sent = request(`${origin}${path}`, { timeout: 5_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => answered({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    sent.on('timeout', () => sent.destroy(new Error(`no answer to ${path} within 5 s`)));
    sent.on('error', failed);
    sent.end();
  });
}

describe('the static server the browser tests and the bench look at a built site through', () => {
  let folder: string;
  let root: string;
  let site: StaticSite;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hiroba-static-'));
    root = join(folder, 'site');
    await writeFile(join(folder, 'secret.txt'), 'outside the site');
    await mkdir(join(root, 'events', '2027-01-nagoya'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<title>home</title>');
    await writeFile(join(root, 'events', 'index.html'), '<title>events</title>');
    await writeFile(join(root, 'events', '2027-01-nagoya', 'index.html'), '<title>nagoya</title>');
    await writeFile(join(root, '404.html'), '<title>not found</title>');
    await writeFile(join(root, 'calendar.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    site = await serveStatic(root);
  });
  afterAll(async () => {
    await site?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('serves a folder’s index.html at its path with a slash, and files by name', async () => {
    expect(await get(site.origin, '/')).toMatchObject({ status: 200, body: '<title>home</title>' });
    const events = await get(site.origin, '/events/');
    expect(events).toMatchObject({ status: 200, body: '<title>events</title>' });
    expect(events.headers['content-type']).toMatch(/^text\/html/);
    expect(events.headers['cache-control']).toBe('no-store');
    expect((await get(site.origin, '/calendar.ics')).headers['content-type']).toMatch(/^text\/calendar/);
  });

  it('redirects a folder’s path without its slash to the path with it, as static hosts do', async () => {
    expect(await get(site.origin, '/events')).toMatchObject({ status: 301, headers: { location: '/events/' } });
    expect(await get(site.origin, '/events/2027-01-nagoya?from=qr')).toMatchObject({
      status: 301,
      headers: { location: '/events/2027-01-nagoya/?from=qr' },
    });
  });

  it('answers an unknown path with 404.html and status 404', async () => {
    expect(await get(site.origin, '/rooms/nothing-here/')).toMatchObject({
      status: 404,
      body: '<title>not found</title>',
    });
    expect(await get(site.origin, '/missing.png')).toMatchObject({ status: 404, body: '<title>not found</title>' });
  });

  it('answers a malformed % escape with the 404 page instead of leaving the request hanging', async () => {
    expect(await get(site.origin, '/%E0%A4%A')).toMatchObject({ status: 404, body: '<title>not found</title>' });
    expect(await get(site.origin, '/events%')).toMatchObject({ status: 404, body: '<title>not found</title>' });
  });

  it('serves nothing outside the site’s folder', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt']) {
      expect(await get(site.origin, path), path).toMatchObject({ status: 404, body: '<title>not found</title>' });
    }
  });

  describe('under a base path, as GitHub Pages serves a project site', () => {
    let underBase: StaticSite;

    beforeAll(async () => {
      underBase = await serveStatic(root, { base: '/hiroba/' });
    });
    afterAll(async () => {
      await underBase?.close();
    });

    it('serves the site’s files below the base', async () => {
      expect(await get(underBase.origin, '/hiroba/')).toMatchObject({ status: 200, body: '<title>home</title>' });
      expect(await get(underBase.origin, '/hiroba/events/')).toMatchObject({
        status: 200,
        body: '<title>events</title>',
      });
      expect((await get(underBase.origin, '/hiroba/calendar.ics')).status).toBe(200);
    });

    it('redirects to the slashed path inside the base, the base itself included', async () => {
      expect(await get(underBase.origin, '/hiroba')).toMatchObject({ status: 301, headers: { location: '/hiroba/' } });
      expect(await get(underBase.origin, '/hiroba/events?from=qr')).toMatchObject({
        status: 301,
        headers: { location: '/hiroba/events/?from=qr' },
      });
    });

    it('knows nothing outside the base: a link that forgot the base is broken', async () => {
      for (const path of ['/', '/events/', '/calendar.ics', '/hiroba-other/', '/../secret.txt']) {
        expect(await get(underBase.origin, path), path).toMatchObject({
          status: 404,
          body: '<title>not found</title>',
        });
      }
      expect(await get(underBase.origin, '/hiroba/../secret.txt')).toMatchObject({ status: 404 });
    });
  });
});
