import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/**
 * Serves a built site on 127.0.0.1 at a free port, the way a static host would: `/x/` serves x/index.html, and an
 * unknown path gets 404.html with status 404. The browser tests and the benchmark's Lighthouse run look at the
 * site through it; stop it with `close()`.
 */

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticSite {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(urlPath);
  const candidate = normalize(join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  return info?.isFile() ? candidate : undefined;
}

export async function serveStatic(root: string): Promise<StaticSite> {
  const base = normalize(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const found = await fileFor(base, path);
      const file = found ?? (await fileFor(base, '/404.html'));
      if (!file) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(found ? 200 : 404, {
        'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
