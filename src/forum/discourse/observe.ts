import type { DiscourseApi } from './api.ts';
import { matchCategories, matchTopics } from '../core/match.ts';
import { belongsTo } from '../core/scope.ts';
import type { ForumSettings } from '../core/settings.ts';
import { titleRules } from '../core/title.ts';
import type { DesiredState, ObservedCategory, ObservedState, Only } from '../core/types.ts';
import { readFirstPosts } from './read/first-posts.ts';
import { findTopic, observeStartedTopics } from './read/topics.ts';

export interface ObserveContext {
  /** The forum's settings, read before the desired state (./read/settings.ts). */
  settings: ForumSettings;
  only: Only | null;
  /** The sync's user: its topics are listed rather than looked up one by one. */
  apiUsername: string;
}

export interface Observation {
  observed: ObservedState;
  /** What the sync could not look at, said for staff. */
  notices: string[];
}

/**
 * Reads what the forum holds of the desired state. Every read counts against the admin limit the writes share
 * (60 a minute), so the forum is read in lists wherever Discourse has one:
 * - GET /site.json: every category with its About topic and read_restricted, and the groups;
 * - GET /topics/created-by/{user}.json, 30 topics a page: every topic the sync's user started, with title,
 *   category and status — the sync's topics, the About topics of the categories it created and those gone
 *   from the content (orphans) alike;
 * - GET /categories/find.json?include_permissions, 200 categories a request: who may read each managed category;
 * - GET /posts.json, 50 posts a page: the raw text of the managed posts (About posts and first posts), whose
 *   marker says which item each is and whether a person changed it (./read/first-posts.ts);
 * - one request per topic or About post only where the lists cannot tell (./read/topics.ts), and an external_id
 *   look-up only for topics of a category the sync's user did not create (or when the forum has no topic list).
 *
 * What stays per item: drift detection must see each managed post's raw text, and the only list with raw text is
 * the latest posts, newest first across the whole forum. On a quiet forum the walk covers 50 managed posts a
 * read; under many newer replies it gives up after two fruitless pages and the posts are read one by one. Lists
 * carry no pinned_until either: an event pinned until it starts is read on its own when its text has changed.
 * With the settings read before (GET /admin/site_settings.json), a no-op run costs 2 + ⌊topics started ÷ 30⌋ + 1
 * + ⌈categories ÷ 200⌉ + ⌈managed posts ÷ 50⌉ on a quiet forum (tests/forum/discourse/observe.test.ts), and up to
 * one read per managed post more on a busy one.
 */
export async function observe(api: DiscourseApi, desired: DesiredState, context: ObserveContext): Promise<Observation> {
  const { only } = context;
  const site = await api.site();
  const categories = site.categories;
  const notices: string[] = [];

  const listed = await api.topicsCreatedBy(context.apiUsername);
  if (listed === null)
    notices.push(
      'このフォーラムは話題の一覧（/topics/created-by）に答えないため、内容から消えた話題（orphaned）は探していません。',
    );
  const aboutTopics = new Set(
    categories.flatMap((category) => (category.aboutTopicId === null ? [] : [category.aboutTopicId])),
  );
  const listedIds = new Set((listed ?? []).map((topic) => topic.id));
  const started = (listed ?? []).filter((topic) => !aboutTopics.has(topic.id));

  // Which category is which is in its About post's marker: read for every category the sync made.
  const described = categoriesToRead(desired, categories, listed === null ? null : listedIds);
  const read = await readFirstPosts(api, [
    ...described.map(({ aboutTopicId }) => aboutTopicId),
    // Unlisted topics are not among the latest posts; they are read one by one.
    ...started.filter((topic) => topic.visible).map((topic) => topic.id),
  ]);
  if (!read.offered)
    notices.push(
      'このフォーラムは新しい投稿の一覧（/posts.json）に答えないため、同期の投稿を 1 件ずつ読みました（そのぶん時間がかかります）。',
    );
  for (const { category, aboutTopicId } of described) {
    category.about = read.found.get(aboutTopicId) ?? (await api.firstPost(aboutTopicId));
  }
  const matches = matchCategories(desired.categories, categories);
  if (belongsTo('category', only)) {
    const viaList = await readPermissions(api, desired, matches);
    if (!viaList && matches.size > 0)
      notices.push(
        'このフォーラムはカテゴリの権限の一覧（/categories/find.json）に答えないため、限定のカテゴリの権限を 1 件ずつ読みました。',
      );
  }
  const topics = await observeStartedTopics(api, started, read.found, desired.topics, {
    only,
    titles: titleRules(context.settings),
  });

  // The list holds every topic the sync's user started. A topic in a category someone else created may have been
  // made under another user name (a key made for a different admin): only those are looked up by external_id.
  const found = matchTopics(desired.topics, topics);
  for (const topic of desired.topics) {
    const category = matches.get(topic.categoryKey);
    if (!category || found.has(topic.key) || !belongsTo(topic.kind, only)) continue;
    if (listed !== null && category.aboutTopicId !== null && listedIds.has(category.aboutTopicId)) continue;
    const looked = await findTopic(api, topic);
    if (looked) topics.push(looked);
  }

  const groups =
    site.groups ?? (await Promise.all(desired.groups.map((group) => api.group(group.name)))).flatMap((g) => g ?? []);
  return { observed: { groups, categories, topics }, notices };
}

/**
 * The categories whose About post to read, to know which is which: every one whose About topic the sync's user
 * started (it made them, whatever they are called now), and those a desired category would be found by by slug
 * (made by hand). Without the list of the user's topics: the slug matches and their unmatched children.
 */
function categoriesToRead(
  desired: DesiredState,
  categories: ObservedCategory[],
  startedIds: ReadonlySet<number> | null,
): { category: ObservedCategory; aboutTopicId: number }[] {
  const bySlug = matchCategories(desired.categories, categories);
  const slugMatched = new Set([...bySlug.values()].map((category) => category.id));
  const managedParents = new Set(
    desired.categories.flatMap((category) => {
      const match = category.parentKey === null ? bySlug.get(category.key) : undefined;
      return match ? [match.id] : [];
    }),
  );
  return categories.flatMap((category) => {
    const about = category.aboutTopicId;
    if (about === null) return [];
    const made = startedIds === null ? false : startedIds.has(about);
    const stray = category.parentId !== null && managedParents.has(category.parentId);
    return made || slugMatched.has(category.id) || (startedIds === null && stray)
      ? [{ category, aboutTopicId: about }]
      : [];
  });
}

/**
 * Who may read each managed category, for all of them in a request or a few. A forum too old to answer that way
 * is asked category by category, and only where /site.json's read_restricted cannot settle it (a category that
 * is or should be members-only); a public one is then taken as public as /site.json says.
 */
async function readPermissions(
  api: DiscourseApi,
  desired: DesiredState,
  matches: Map<string, ObservedCategory>,
): Promise<boolean> {
  const managed = desired.categories.flatMap((wanted) => {
    const category = matches.get(wanted.key);
    return category ? [{ category, wanted }] : [];
  });
  if (managed.length === 0) return true;
  const permissions = await api.permissionsOf(managed.map(({ category }) => category.id));
  for (const { category, wanted } of managed) {
    if (permissions) category.permissions = permissions.get(category.id) ?? null;
    else if (category.readRestricted || !('everyone' in wanted.permissions))
      category.permissions = await api.categoryPermissions(category.id);
  }
  return permissions !== null;
}
