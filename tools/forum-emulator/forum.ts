import type { Clock } from './clock.ts';
import type { Params } from './http-io.ts';
import type { SiteSettings } from './settings.ts';
import type { SlugMethod } from './slug.ts';
import type { User } from './records-types.ts';
import type { Store } from './store.ts';

/** Everything a request handler works with. */
export interface Forum {
  store: Store;
  settings: SiteSettings;
  clock: Clock;
  version: string;
  /** Identical API POSTs /posts.json answered within 120 s get the first answer again. */
  postMemo: Map<string, { expiresAt: number; status: number; body: unknown }>;
}

export interface RequestContext {
  forum: Forum;
  user: User | null;
  path: Record<string, string>;
  query: Params;
  body: Params;
  ip: string;
  userAgent: string;
  /** The URL the client called, for absolute redirects. */
  origin: string;
}

export const slugMethod = (forum: Forum): SlugMethod => forum.settings.str('slug_generation_method') as SlugMethod;

export const isStaff = (user: User | null): boolean => !!user && (user.admin || user.moderator);

/** Discourse accepts booleans as true/"true" in JSON and form bodies alike. */
export const truthy = (value: unknown): boolean => value === true || value === 'true';

export const asInt = (value: unknown): number | null => {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return null;
};
