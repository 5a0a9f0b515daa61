import type { RequestCounts } from './counts.ts';
import type { FaultConfig } from './faults.ts';
import type { Forum } from './forum.ts';

/** GET /__emulator/state: the whole forum, with each post's last editor named, plus the request counts. */
export function stateDump(forum: Forum, counts: RequestCounts, faults: FaultConfig) {
  const { store } = forum;
  const username = (id: number): string | null => store.users.get(id)?.username ?? null;
  return {
    now: forum.clock.iso(),
    timeScale: forum.clock.scale,
    settings: forum.settings.snapshot(),
    faults,
    counts,
    users: [...store.users.values()],
    groups: [...store.groups.values()],
    categories: [...store.categories.values()],
    topics: [...store.topics.values()],
    posts: [...store.posts.values()].map((post) => ({
      ...post,
      username: username(post.user_id),
      last_editor_username: username(post.last_editor_id),
    })),
  };
}
