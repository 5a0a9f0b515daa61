import type { EmulatorOptions, RunningEmulator } from '../../../tools/forum-emulator/emulator.ts';
import { fixtureData, type FixtureData } from '../support/fixture.ts';
import { apiKey, forumState, makeProject, startForum, sync, syncEnv, type SyncRun } from '../support/harness.ts';

/*
 * A community's forum through a year, for the tests under this folder: the staff edit content/ and run the sync,
 * moderators and members act on the forum through its API as themselves. Everything goes over real HTTP to the
 * Discourse emulator on 127.0.0.1.
 */

export interface Community {
  forum: RunningEmulator;
  /** The content as it stands; `edit` changes it and writes it to disk. */
  content: FixtureData;
  edit(change: (content: FixtureData) => void): Promise<void>;
  /** `npm run sync -- --apply --json …`, or without --apply when `plan` is asked for. */
  apply(...args: string[]): Promise<Run>;
  plan(...args: string[]): Promise<Run>;
  /** Sets the moment the content is synced for (HIROBA_NOW). */
  at(moment: string): void;
  projectDir: string;
  env(): NodeJS.ProcessEnv;
  close(): Promise<void>;
}

/** A run of the command and its report, with the items by key. */
interface Run extends SyncRun {
  item(key: string): ReportItem;
}

interface ReportItem {
  key: string;
  action: string;
  outcome: string;
  changes: { field: string; from?: unknown; to?: unknown; detail?: string }[];
  kept: { field: string; forum: string | null; url: string | null }[];
  warnings: string[];
  notes: string[];
  error?: string;
}

export async function openCommunity(options: Partial<EmulatorOptions> = {}): Promise<Community> {
  const forum = await startForum({ timeScale: 1000, adminRatePerMinute: 0, ...options });
  const project = await makeProject();
  let content = fixtureData();
  let now: string | undefined;
  const env = () => ({
    ...syncEnv({ url: forum.url, perMinute: 6000, timeScale: 1000 }),
    ...(now ? { HIROBA_NOW: now } : {}),
  });
  const run = async (args: string[]): Promise<Run> => {
    const result = await sync(project.dir, env(), [...args, '--json']);
    return {
      ...result,
      item: (key) => {
        const found = (result.report?.items as ReportItem[] | undefined)?.find((item) => item.key === key);
        if (!found) throw new Error(`no item ${key} in the report:\n${result.stdout}${result.stderr}`);
        return found;
      },
    };
  };
  return {
    forum,
    get content() {
      return content;
    },
    async edit(change) {
      const next = structuredClone(content);
      change(next);
      content = next;
      await project.write(content);
    },
    apply: (...args) => run(['--apply', ...args]),
    plan: (...args) => run(args),
    at(moment) {
      now = moment;
    },
    projectDir: project.dir,
    env,
    async close() {
      await forum.close();
      await project.remove();
    },
  };
}

/** A person on the forum, acting through the API under their own user name. */
export function person(forum: RunningEmulator, username: string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const answer = await fetch(`${forum.url}${path}`, {
      method,
      headers: {
        'Api-Key': apiKey,
        'Api-Username': username,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (answer.status >= 400)
      throw new Error(`${username}: ${method} ${path} → ${answer.status} ${await answer.text()}`);
    return answer;
  };
  const topic = (externalId: string) => {
    const found = forum.dump().topics.find((candidate) => candidate.external_id === externalId);
    if (!found) throw new Error(`no topic ${externalId}`);
    return found;
  };
  const firstPostOf = (externalId: string) => topic(externalId).post_ids[0];
  return {
    editFirstPost: (externalId: string, edit: (raw: string) => string) => {
      const id = firstPostOf(externalId);
      const raw = forum.dump().posts.find((post) => post.id === id)?.raw ?? '';
      return call('PUT', `/posts/${id}.json`, { post: { raw: edit(raw) } });
    },
    retitle: (externalId: string, title: string) => call('PUT', `/t/-/${topic(externalId).id}.json`, { title }),
    setStatus: (externalId: string, status: 'pinned' | 'closed' | 'visible', enabled: boolean) =>
      call('PUT', `/t/${topic(externalId).id}/status.json`, { status, enabled: String(enabled) }),
    deleteTopic: (externalId: string) => call('DELETE', `/t/${topic(externalId).id}.json`),
    reply: (externalId: string, raw: string) => call('POST', '/posts.json', { topic_id: topic(externalId).id, raw }),
    createCategory: (fields: Record<string, unknown>) => call('POST', '/categories.json', fields),
    updateCategory: (key: string, fields: Record<string, unknown>) =>
      call('PUT', `/categories/${categoryOf(forum, key).id}.json`, fields),
    editAbout: (key: string, edit: (raw: string) => string) => {
      const about = aboutPostOf(forum, key);
      return call('PUT', `/posts/${about.id}.json`, { post: { raw: edit(about.raw) } });
    },
  };
}

/** The category the sync manages for a content key, found by its About post's marker as the sync finds it. */
export function categoryOf(forum: RunningEmulator, key: string) {
  const dump = forum.dump();
  const category = dump.categories.find((candidate) => {
    const about = dump.topics.find((topic) => topic.id === candidate.topic_id);
    const raw = dump.posts.find((post) => post.id === about?.post_ids[0])?.raw ?? '';
    return raw.includes(`<!-- hiroba:v1 key=${key} `);
  });
  if (!category) throw new Error(`no category for ${key}`);
  return category;
}

function aboutPostOf(forum: RunningEmulator, key: string) {
  const dump = forum.dump();
  const about = dump.topics.find((topic) => topic.id === categoryOf(forum, key).topic_id);
  const post = dump.posts.find((candidate) => candidate.id === about?.post_ids[0]);
  if (!post) throw new Error(`no About post for ${key}`);
  return post;
}

/** A managed category as people see it: name, address, parent, who may read, its About text. */
export function room(forum: RunningEmulator, key: string) {
  const category = categoryOf(forum, key);
  const parent = forum.dump().categories.find((candidate) => candidate.id === category.parent_category_id);
  return {
    id: category.id,
    name: category.name,
    slug: category.slug,
    parent: parent?.slug ?? null,
    permissions: category.permissions,
    about: aboutPostOf(forum, key).raw,
  };
}

/** A managed topic as the forum holds it, by external_id (keyed as in ../support/harness.ts). */
export function topicOf(forum: RunningEmulator, externalId: string) {
  const found = forumState(forum).topics[externalId];
  if (!found) throw new Error(`no live topic ${externalId}`);
  const record = forum.dump().topics.find((topic) => topic.external_id === externalId);
  return { ...found, id: record?.id ?? 0, categoryId: record?.category_id ?? null };
}

/** The text of a post above the sync's marker. */
export const textOf = (raw: string | null): string => (raw ?? '').replace(/\n*<!-- hiroba:v1 [^>]*-->\s*$/, '');

/** What members wrote: every reply by this user, with the category its topic is in now. */
export function postsBy(forum: RunningEmulator, username: string) {
  const dump = forum.dump();
  return dump.posts
    .filter((post) => post.username === username && post.post_number > 1)
    .map((post) => ({
      id: post.id,
      raw: post.raw,
      categoryId: dump.topics.find((topic) => topic.id === post.topic_id)?.category_id ?? null,
    }));
}

/** No category or topic twice: every managed path and every live title once. */
export function duplicates(forum: RunningEmulator) {
  const state = forumState(forum);
  const twice = (list: string[]) => list.filter((value, index) => list.indexOf(value) !== index);
  return { categories: twice(state.categoryPaths), titles: twice(state.titles) };
}
