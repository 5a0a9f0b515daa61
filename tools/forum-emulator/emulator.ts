import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClock, type Clock } from './clock.ts';
import { emptyCounts, type RequestCounts } from './counts.ts';
import { serverError } from './errors.ts';
import { createFaultInjector, noFaults, parseFaultSpec, type FaultConfig } from './faults.ts';
import type { Forum } from './forum.ts';
import { send } from './http-io.ts';
import { loadValidators } from './openapi.ts';
import { createPersistence, loadStore } from './persistence.ts';
import { createKeyedWindows, createSlidingWindow } from './rate-limit.ts';
import { createRequestHandler } from './request-pipeline.ts';
import { buildRoutes } from './routes.ts';
import { seedForum } from './seed.ts';
import { createSiteSettings, type Locale } from './settings.ts';
import { Store } from './store.ts';
import { about, siteSettings } from './site-info.ts';
import { stateDump } from './state-dump.ts';

export interface EmulatorOptions {
  apiKey: string;
  apiUsername: string;
  /** 0 (default) picks a free port. Always bound to 127.0.0.1. */
  port?: number;
  /** A seeded non-admin user, for 403 tests and for "a person on the forum". Default "forum_member". */
  memberUsername?: string;
  /** A seeded moderator (staff, not admin). Default "forum_moderator". */
  moderatorUsername?: string;
  /**
   * Lists the forum answers with an error instead, by route name (e.g. `{ listPosts: 404 }`), as some hosted
   * plans and proxies do. Changeable while running (setUnoffered, PUT /__emulator/unoffered).
   */
  unoffered?: Record<string, 403 | 404>;
  /** Admin API requests per minute shared by all keys (Discourse: 60). 0 turns the limit off. */
  adminRatePerMinute?: number;
  /** Per-IP requests per 10 s (Discourse's middleware: 50); 0 or absent = off. */
  ipRatePer10s?: number;
  /** Emulated seconds per real second. */
  timeScale?: number;
  faults?: FaultConfig | string;
  /** Defaults of a forum created with this locale (default "ja"). */
  locale?: Locale;
  /** Site setting overrides, e.g. { calendar_enabled: true }. */
  settings?: Record<string, unknown>;
  /** JSON state file: loaded at start if it exists, saved after writes (debounced) and on close. */
  statePath?: string;
  /** Create Site Feedback, Staff and General as a fresh Discourse does (default true). */
  defaultCategories?: boolean;
  /** Reported by /about.json. */
  version?: string;
}

export interface RunningEmulator {
  url: string;
  port: number;
  readonly state: Store;
  readonly counts: RequestCounts;
  readonly clock: Clock;
  readonly forum: Forum;
  setFaults(config: FaultConfig | string): void;
  /** Which lists answer 403 or 404 from now on, by route name (an empty object: all are offered again). */
  setUnoffered(routes: Record<string, 403 | 404>): void;
  dump(): ReturnType<typeof stateDump>;
  /** A fresh forum: the seeded store, zero counts and empty rate-limit windows (faults stay as configured). */
  reset(): void;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  if (!options.apiKey || !options.apiUsername) throw new Error('apiKey and apiUsername are required');
  const clock = createClock(options.timeScale ?? 1);
  const settings = createSiteSettings(options.locale ?? 'ja', options.settings ?? {});
  const validators = await loadValidators();
  const seedOptions = {
    apiUsername: options.apiUsername,
    memberUsername: options.memberUsername ?? 'forum_member',
    moderatorUsername: options.moderatorUsername ?? 'forum_moderator',
    defaultCategories: options.defaultCategories ?? true,
  };
  const freshForum = (store: Store): Forum => ({
    store,
    settings,
    clock,
    version: options.version ?? '2026.1.0-latest',
    postMemo: new Map(),
  });
  let forum = freshForum(loadStore(options.statePath) ?? new Store());
  if (forum.store.users.size === 0) seedForum(forum, seedOptions);
  const persistence = createPersistence(options.statePath, () => forum.store);
  let counts = emptyCounts();
  const faults = createFaultInjector(
    typeof options.faults === 'string' ? parseFaultSpec(options.faults) : (options.faults ?? noFaults),
  );
  let unoffered: Record<string, 403 | 404> = { ...options.unoffered };
  const adminRate = options.adminRatePerMinute ?? 60;
  const adminWindow = adminRate > 0 ? createSlidingWindow(clock, adminRate, 60) : null;
  const ipWindows = options.ipRatePer10s ? createKeyedWindows(clock, options.ipRatePer10s, 10) : null;

  const controlHooks = {
    forum: () => forum,
    dump: () => stateDump(forum, counts, faults.config),
    setFaults: (config: FaultConfig) => faults.configure(config),
    faults: () => faults.config,
    setUnoffered: (routes: Record<string, 403 | 404>) => {
      unoffered = { ...routes };
    },
    reset: () => {
      forum = freshForum(new Store());
      seedForum(forum, seedOptions);
      counts = emptyCounts();
      adminWindow?.clear();
      ipWindows?.clear();
      persistence.schedule();
    },
    wrote: () => persistence.schedule(),
  };
  const handle = createRequestHandler({
    forum: () => forum,
    counts: () => counts,
    apiKey: options.apiKey,
    routes: buildRoutes({ about, siteSettings }),
    unoffered: () => unoffered,
    validators,
    faults,
    adminWindow,
    ipWindows,
    persistence,
    controlHooks,
  });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('Discourse emulator: request failed', error);
      if (!res.headersSent) send(res, serverError().reply);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get state() {
      return forum.store;
    },
    get counts() {
      return counts;
    },
    clock,
    get forum() {
      return forum;
    },
    setFaults: (config) => faults.configure(typeof config === 'string' ? parseFaultSpec(config) : config),
    setUnoffered: controlHooks.setUnoffered,
    dump: () => stateDump(forum, counts, faults.config),
    reset: controlHooks.reset,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await persistence.flush();
      })();
      return closing;
    },
  };
}
