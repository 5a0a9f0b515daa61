import type { IncomingMessage, ServerResponse } from 'node:http';
import { invalidParameters, type Reply } from './errors.ts';

const maxBodyBytes = 2 * 1024 * 1024;

export type Params = Record<string, unknown>;

/** Rack's nested parameter syntax: `post[raw]=…`, `tags[]=a&tags[]=b`, `permissions[everyone]=1`. */
function parseNestedParams(entries: Iterable<[string, string]>): Params {
  const root: Params = {};
  for (const [fullKey, value] of entries) {
    const match = /^([^[\]]+)((?:\[[^\]]*\])*)$/.exec(fullKey);
    if (!match) {
      root[fullKey] = value;
      continue;
    }
    const path = [match[1] ?? '', ...[...(match[2] ?? '').matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '')];
    let node: Params = root;
    path.forEach((segment, index) => {
      const last = index === path.length - 1;
      const nextIsArray = path[index + 1] === '';
      if (segment === '') return;
      if (last) {
        node[segment] = value;
      } else if (nextIsArray && index + 2 === path.length) {
        const list = Array.isArray(node[segment]) ? (node[segment] as unknown[]) : [];
        list.push(value);
        node[segment] = list;
      } else {
        const child = node[segment];
        node[segment] = child && typeof child === 'object' && !Array.isArray(child) ? child : {};
        node = node[segment] as Params;
      }
    });
  }
  return root;
}

export function parseQuery(search: string): Params {
  return parseNestedParams(new URLSearchParams(search).entries());
}

export interface ParsedBody {
  params: Params;
  /** Form bodies carry only strings, so their values are coerced before schema validation (as Rails does). */
  form: boolean;
}

export async function readBody(req: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBodyBytes) throw invalidParameters('request body too large');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { params: {}, form: false };
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.includes('application/x-www-form-urlencoded')) {
    return { params: parseQuery(text), form: true };
  }
  if (type.includes('multipart/form-data')) {
    // Discourse accepts multipart bodies; the emulator does not parse them, so it says so instead of guessing.
    throw invalidParameters('multipart bodies are not supported by the emulator; send JSON or form-urlencoded');
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw invalidParameters('Error occurred while parsing request parameters');
    }
    return { params: parsed as Params, form: false };
  } catch (error) {
    if (error instanceof SyntaxError) throw invalidParameters('Error occurred while parsing request parameters');
    throw error;
  }
}

export function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload = '';
  if (typeof reply.body === 'string') {
    payload = reply.body;
    headers['Content-Type'] = reply.contentType ?? 'text/plain; charset=utf-8';
  } else if (reply.body !== null && reply.body !== undefined) {
    payload = JSON.stringify(reply.body);
    headers['Content-Type'] = reply.contentType ?? 'application/json; charset=utf-8';
  }
  headers['Content-Length'] = String(Buffer.byteLength(payload));
  res.writeHead(reply.status, headers);
  res.end(payload);
}

/** What Discourse answers a GET without `.json` and without `Accept: application/json` (check_xhr). */
export function htmlShell(status: number, title: string): Reply {
  return {
    status,
    contentType: 'text/html; charset=utf-8',
    body:
      `<!DOCTYPE html>\n<html lang="ja">\n<head><meta charset="utf-8"><title>${title}</title><meta name="generator" ` +
      `content="Discourse (emulator)"></head>\n` +
      `<body><noscript>JavaScript is required.</noscript><section id="main"></section></body>\n</html>\n`,
  };
}

export function wantsJson(path: string, accept: string | undefined): boolean {
  return path.endsWith('.json') || (accept ?? '').toLowerCase().includes('application/json');
}
