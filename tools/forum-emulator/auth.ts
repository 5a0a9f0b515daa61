import type { IncomingHttpHeaders } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { invalidCredentials } from './errors.ts';
import type { User } from './records-types.ts';
import type { Store } from './store.ts';

export interface Identity {
  user: User | null;
  /** Requests made with the admin API key share the per-minute admin bucket. */
  viaApiKey: boolean;
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

function sameKey(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * DefaultCurrentUserProvider for an "all users" admin key: Api-Key plus Api-Username (or Api-User-Id).
 * Without an Api-Key the request is anonymous, as on Discourse.
 */
export function identify(store: Store, headers: IncomingHttpHeaders, apiKey: string): Identity {
  const key = header(headers, 'api-key');
  if (key === undefined) {
    if (header(headers, 'user-api-key') !== undefined) throw invalidCredentials();
    return { user: null, viaApiKey: false };
  }
  if (!sameKey(key, apiKey)) throw invalidCredentials();
  const username = header(headers, 'api-username');
  const userId = header(headers, 'api-user-id');
  const user =
    username !== undefined && username !== ''
      ? store.userByName(username)
      : userId !== undefined && /^-?\d+$/.test(userId)
        ? store.users.get(Number(userId))
        : undefined;
  if (!user) throw invalidCredentials();
  return { user, viaApiKey: true };
}
