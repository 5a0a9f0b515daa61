import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import sirv from 'sirv';

/**
 * Serves a built site on 127.0.0.1 at a free port, the way a static host would: `/x/` serves x/index.html, `/x`
 * redirects to `/x/`, and an unknown path gets 404.html with status 404. With a `base` such as `/hiroba/`, the site
 * is served under it, as GitHub Pages serves a project site: `/hiroba/x/` serves x/index.html and every path outside
 * the base is unknown. The browser tests and the benchmark's Lighthouse run look at the site through it; stop it
 * with `close()`.
 */

export interface StaticSite {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The path the site is served under, with slashes at both ends: `/` (the default) or `/hiroba/`. */
  base?: string;
  /** Sent with every answer, as a host that reads public/_headers sends its `/*` headers. */
  headers?: Record<string, string>;
}

export async function serveStatic(root: string, { base = '/', headers = {} }: ServeOptions = {}): Promise<StaticSite> {
  const folder = resolve(root);
  // dev: read each file when asked and send `Cache-Control: no-store`, so a rebuilt site is seen at once.
  const files = sirv(folder, { dev: true, onNoMatch: (_request, response) => sendNotFound(folder, response) });
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const url = request.url ?? '/';
    if (`${url}/` === base) {
      response.writeHead(301, { Location: base }).end();
      return;
    }
    if (!url.startsWith(base)) {
      sendNotFound(folder, response);
      return;
    }
    // The rest of the server sees the site as if it were served at the root.
    request.url = `/${url.slice(base.length)}`;
    const withSlash = folderWithoutSlash(folder, request);
    if (withSlash) response.writeHead(301, { Location: base + withSlash.slice(1) }).end();
    else files(request, response);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('the static server is not listening on a TCP port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((closed, failed) => server.close((error) => (error ? failed(error) : closed()))),
  };
}

/** Where a static host sends `/events`: `/events/` (query kept), when events/index.html exists. */
function folderWithoutSlash(base: string, request: IncomingMessage): string | undefined {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname.endsWith('/')) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  const index = join(base, path, 'index.html');
  if (!index.startsWith(base + sep) || !existsSync(index)) return undefined;
  return `${url.pathname}/${url.search}`;
}

function sendNotFound(base: string, response: ServerResponse): void {
  const page = join(base, '404.html');
  if (!existsSync(page)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(404, { 'Content-Type': 'text/html;charset=utf-8', 'Cache-Control': 'no-store' });
  createReadStream(page).pipe(response);
}
