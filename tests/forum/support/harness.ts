import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../tools/forum-emulator/emulator.ts';
import { runSync } from '../../../src/forum/command/cli.ts';
import { fixtureData, fixtureNow, writeContentTree, type FixtureData } from './fixture.ts';

export const apiKey = 'hiroba-test-key-6b1f0c2d9e8a7f3c';
const apiUsername = 'hiroba_admin';

/** A Discourse-compatible forum on loopback with the calendar on, as the sync's tests use it. */
export function startForum(options: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  return startEmulator({
    apiKey,
    apiUsername,
    port: 0,
    settings: { calendar_enabled: true, discourse_post_event_enabled: true },
    ...options,
  });
}

/** A project folder holding a content tree, which tests rewrite between runs. */
export async function makeProject(data: FixtureData = fixtureData()) {
  const dir = await mkdtemp(join(tmpdir(), 'hiroba-sync-'));
  await writeContentTree(dir, data);
  return {
    dir,
    write: (next: FixtureData) => writeContentTree(dir, next),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface SyncEnvOptions {
  url: string;
  key?: string;
  perMinute?: number;
  timeScale?: number;
}

/** The environment the command reads, pointing at a test forum. */
export function syncEnv({ url, key = apiKey, perMinute = 60, timeScale = 100 }: SyncEnvOptions): NodeJS.ProcessEnv {
  return {
    DISCOURSE_URL: url,
    DISCOURSE_API_KEY: key,
    DISCOURSE_API_USERNAME: apiUsername,
    DISCOURSE_REQUESTS_PER_MINUTE: String(perMinute),
    HIROBA_SYNC_TIME_SCALE: String(timeScale),
    HIROBA_NOW: fixtureNow,
  };
}

export interface SyncRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The --json report, when asked for. */
  report: any;
}

/** Runs the command in this process, capturing what it prints. */
export async function sync(dir: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<SyncRun> {
  let stdout = '';
  let stderr = '';
  const code = await runSync(args, {
    stdout: (text) => void (stdout += text),
    stderr: { write: (text: string) => void (stderr += text), isTTY: false },
    env,
    cwd: dir,
  });
  return {
    code,
    stdout,
    stderr,
    report: args.includes('--json') && stdout.trim().startsWith('{') ? JSON.parse(stdout) : null,
  };
}

export interface TopicState {
  title: string;
  category: string;
  closed: boolean;
  visible: boolean;
  pinned: boolean;
  pinnedUntil: string | null;
  raw: string | null;
}

/**
 * The parts of the forum the sync keeps in step, keyed by identity (category slug path, topic external_id),
 * with every live topic of the managed categories counted so duplicates show.
 */
export function forumState(forum: RunningEmulator) {
  const dump = forum.dump();
  const categories = dump.categories.filter(
    (category) => !['uncategorized', 'site-feedback', 'staff', 'general'].includes(category.slug),
  );
  const path = (id: number | null): string => {
    const category = dump.categories.find((candidate) => candidate.id === id);
    return category
      ? `${category.parent_category_id ? `${path(category.parent_category_id)}/` : ''}${category.slug}`
      : '(none)';
  };
  const rawOf = (postId: number | undefined) => dump.posts.find((post) => post.id === postId)?.raw ?? null;
  const liveTopics = dump.topics.filter(
    (topic) => topic.deleted_at === null && categories.some((category) => category.id === topic.category_id),
  );
  return {
    groups: dump.groups
      .filter((group) => !group.automatic)
      .map((group) => group.name)
      .sort(),
    categories: Object.fromEntries(
      categories.map((category) => [
        path(category.id),
        {
          name: category.name,
          color: category.color,
          textColor: category.text_color,
          permissions: category.permissions,
          about: rawOf(dump.topics.find((topic) => topic.id === category.topic_id)?.post_ids[0]),
        },
      ]),
    ),
    topics: Object.fromEntries(
      liveTopics
        .filter((topic) => topic.external_id)
        .map((topic): [string, TopicState] => [
          topic.external_id!,
          {
            title: topic.title,
            category: path(topic.category_id),
            closed: topic.closed,
            visible: topic.visible,
            pinned: topic.pinned_at !== null,
            pinnedUntil: topic.pinned_until,
            raw: rawOf(topic.post_ids[0]),
          },
        ]),
    ),
    categoryCount: categories.length,
    liveTopicCount: liveTopics.length,
    categoryPaths: categories.map((category) => path(category.id)),
    titles: liveTopics.map((topic) => topic.title),
  };
}
