import type { IncomingMessage, ServerResponse } from 'node:http';
import { identify } from './auth.ts';
import { control, type ControlHooks } from './control.ts';
import { bump, type RequestCounts } from './counts.ts';
import {
  ApiError,
  invalidAccess,
  ipRateLimited,
  notFound,
  notLoggedIn,
  rateLimited,
  serverError,
  type Reply,
} from './errors.ts';
import type { FaultInjector } from './faults.ts';
import type { Forum } from './forum.ts';
import { htmlShell, parseQuery, readBody, send, wantsJson } from './http-io.ts';
import { validateRequest, type OperationValidator } from './openapi.ts';
import type { Persistence } from './persistence.ts';
import type { KeyedWindows, SlidingWindow } from './rate-limit.ts';
import { matchRoute, type Route } from './routes.ts';

export interface PipelineParts {
  forum: () => Forum;
  counts: () => RequestCounts;
  apiKey: string;
  routes: Route[];
  /** Routes answered 403 or 404 as if the forum did not offer them (hosted plans, proxies). */
  unoffered: () => Readonly<Record<string, 403 | 404>>;
  validators: Map<string, OperationValidator>;
  faults: FaultInjector;
  adminWindow: SlidingWindow | null;
  ipWindows: KeyedWindows | null;
  persistence: Persistence;
  controlHooks: ControlHooks;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One request, in Discourse's order: per-IP middleware limit, routing, authentication, the admin API bucket,
 * check_xhr (HTML shell), login, OpenAPI validation, the action. Injected faults wrap all of it.
 */
export function createRequestHandler(
  parts: PipelineParts,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  async function answer(req: IncomingMessage, url: URL, origin: string): Promise<{ reply: Reply; write: boolean }> {
    const forum = parts.forum();
    const counts = parts.counts();
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const ip = req.socket.remoteAddress ?? '127.0.0.1';
    const ipWait = parts.ipWindows?.attempt(ip) ?? 0;
    if (ipWait > 0) {
      counts.rateLimited += 1;
      return { reply: ipRateLimited(ipWait), write: false };
    }
    const json = method !== 'GET' || wantsJson(path, req.headers.accept);
    const found = matchRoute(parts.routes, method, path);
    if (!found) return { reply: json ? notFound().reply : htmlShell(404, 'Page Not Found'), write: false };
    bump(counts.byRoute, found.route.name);
    const parsed = method === 'GET' || method === 'DELETE' ? { params: {}, form: false } : await readBody(req);
    const identity = identify(forum.store, req.headers, parts.apiKey);
    if (found.route.adminOnly && !identity.user?.admin) throw notFound();
    const adminWait = identity.viaApiKey ? (parts.adminWindow?.attempt() ?? 0) : 0;
    if (adminWait > 0) {
      counts.rateLimited += 1;
      return { reply: rateLimited(adminWait), write: false };
    }
    if (!json) return { reply: htmlShell(200, forum.settings.str('title')), write: false };
    const refusedAs = parts.unoffered()[found.route.name];
    if (refusedAs === 404) return { reply: notFound().reply, write: false };
    if (refusedAs === 403) return { reply: invalidAccess().reply, write: false };
    if (found.route.write && !identity.user) throw notLoggedIn();
    const query = parseQuery(url.search);
    const validator = found.route.operationId ? parts.validators.get(found.route.operationId) : undefined;
    validateRequest(validator, { path: found.params, query, body: parsed.params, form: parsed.form });
    const reply = found.route.handler({
      forum,
      user: identity.user,
      path: found.params,
      query,
      body: parsed.params,
      ip,
      userAgent: req.headers['user-agent'] ?? '',
      origin,
    });
    return { reply, write: found.route.write && reply.status < 400 };
  }

  function finish(res: ServerResponse, reply: Reply): void {
    bump(parts.counts().byStatus, String(reply.status));
    send(res, reply);
  }

  return async (req, res) => {
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/__emulator/')) {
      send(res, await control(req, url.pathname, parts.controlHooks));
      return;
    }
    const counts = parts.counts();
    counts.total += 1;
    bump(counts.byMethod, req.method ?? 'GET');
    const fault = parts.faults.decide();
    if (fault.kind !== 'none') bump(counts.faults, fault.kind);
    if (fault.slowMs > 0) {
      bump(counts.faults, 'slow');
      await sleep(fault.slowMs);
    }
    if (fault.kind === 'drop-before') return void req.socket.destroy();
    if (fault.kind === 'error500-before') return finish(res, serverError().reply);
    if (fault.kind === 'rate429-json') return finish(res, rateLimited(fault.waitSeconds));
    if (fault.kind === 'rate429-text') return finish(res, ipRateLimited(fault.waitSeconds));
    let outcome: { reply: Reply; write: boolean };
    try {
      outcome = await answer(req, url, origin);
    } catch (error) {
      if (!(error instanceof ApiError)) console.error('Discourse emulator: unexpected error', error);
      outcome = { reply: error instanceof ApiError ? error.reply : serverError().reply, write: false };
    }
    if (outcome.write) {
      counts.writesApplied += 1;
      parts.persistence.schedule();
    }
    if (fault.kind === 'drop-after') return void req.socket.destroy();
    finish(res, fault.kind === 'error500-after' ? serverError().reply : outcome.reply);
  };
}
