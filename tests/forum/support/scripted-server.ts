import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a scripted answer does with one request. */
export type Script = (request: IncomingMessage, response: ServerResponse, body: string) => void;

/**
 * A loopback HTTP server that answers each request with the next script in line (the last one repeats), for
 * exact sequences the emulator's random faults cannot promise: "429, then 200".
 */
export async function scriptedServer(scripts: Script[]) {
  const seen: { method: string; path: string; headers: IncomingMessage['headers']; body: string }[] = [];
  const server = createServer((request, response) => {
    const entry = { method: request.method ?? 'GET', path: request.url ?? '/', headers: request.headers, body: '' };
    seen.push(entry);
    const script = scripts[Math.min(seen.length - 1, scripts.length - 1)]!;
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (entry.body += chunk));
    request.on('end', () => script(request, response, entry.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Script =>
  (_request, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
    response.end(JSON.stringify(body));
  };

export const text =
  (status: number, body: string, headers: Record<string, string> = {}): Script =>
  (_request, response) => {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    response.end(body);
  };

/** Closes the connection without an answer, like a proxy dropping it. */
export const drop: Script = (request) => request.socket.destroy();
