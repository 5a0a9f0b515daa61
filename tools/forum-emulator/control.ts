import type { IncomingMessage } from 'node:http';
import type { Reply } from './errors.ts';
import { ApiError, notFound } from './errors.ts';
import { checkFaultConfig, parseFaultSpec, type FaultConfig } from './faults.ts';
import type { Forum } from './forum.ts';
import { readBody } from './http-io.ts';
import { editPost } from './posts.ts';
import type { User } from './records-types.ts';

/**
 * Emulator-only endpoints under /__emulator/: never faulted, rate-limited or counted, and without auth
 * (the emulator listens on loopback only).
 */
export interface ControlHooks {
  forum: () => Forum;
  dump: () => unknown;
  setFaults: (config: FaultConfig) => void;
  faults: () => FaultConfig;
  setUnoffered: (routes: Record<string, 403 | 404>) => void;
  reset: () => void;
  wrote: () => void;
}

const ok = (body: unknown): Reply => ({ status: 200, body });

/** Edits a post as another (created if needed) ordinary user, so tests can make forum-side drift. */
function actAsUser(
  forum: Forum,
  input: { username: string; postId: number; raw?: string; title?: string; editReason?: string },
): Reply {
  const { store } = forum;
  const user: User =
    store.userByName(input.username) ??
    store.addUser({
      id: store.take('user'),
      username: input.username,
      name: input.username,
      admin: false,
      moderator: false,
      trust_level: 2,
    });
  const post = store.posts.get(input.postId);
  if (!post) throw notFound();
  return editPost(forum, post, user, {
    post: {
      ...(input.raw !== undefined ? { raw: input.raw } : {}),
      ...(input.editReason ? { edit_reason: input.editReason } : {}),
    },
    ...(input.title !== undefined ? { title: input.title } : {}),
  });
}

export async function control(req: IncomingMessage, path: string, hooks: ControlHooks): Promise<Reply> {
  const body = req.method === 'GET' ? {} : (await readBody(req)).params;
  const route = `${req.method} ${path.replace(/\.json$/, '')}`;
  try {
    switch (route) {
      case 'GET /__emulator/state':
        return ok(hooks.dump());
      case 'POST /__emulator/act-as-user': {
        const reply = actAsUser(hooks.forum(), {
          username: String(body['username'] ?? ''),
          postId: Number(body['post_id']),
          ...(typeof body['raw'] === 'string' ? { raw: body['raw'] } : {}),
          ...(typeof body['title'] === 'string' ? { title: body['title'] } : {}),
          ...(typeof body['edit_reason'] === 'string' ? { editReason: body['edit_reason'] } : {}),
        });
        hooks.wrote();
        return reply;
      }
      case 'POST /__emulator/advance-clock':
        hooks.forum().clock.advance(Number(body['seconds'] ?? 0) * 1000);
        return ok({ now: hooks.forum().clock.iso() });
      case 'GET /__emulator/faults':
        return ok(hooks.faults());
      case 'PUT /__emulator/faults':
        hooks.setFaults(
          typeof body['spec'] === 'string'
            ? parseFaultSpec(body['spec'])
            : checkFaultConfig({ ...hooks.faults(), ...(body as Partial<FaultConfig>) }),
        );
        return ok(hooks.faults());
      case 'PUT /__emulator/unoffered': {
        const routes = Object.fromEntries(
          Object.entries(body).flatMap(([name, status]) =>
            status === 403 || status === 404 || status === '403' || status === '404'
              ? [[name, Number(status) as 403 | 404]]
              : [],
          ),
        );
        hooks.setUnoffered(routes);
        return ok(routes);
      }
      case 'POST /__emulator/reset':
        hooks.reset();
        return ok({ success: 'OK' });
      default:
        throw notFound();
    }
  } catch (error) {
    if (error instanceof ApiError) return error.reply;
    return { status: 400, body: { errors: [error instanceof Error ? error.message : String(error)] } };
  }
}
