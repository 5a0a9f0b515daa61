import type { DiscourseApi } from './api.ts';
import type { SiteCategory } from './api-shapes.ts';
import { matchCategories, matchTopics } from '../core/match.ts';
import { belongsTo, type Only } from '../core/plan.ts';
import { readFirstPosts } from './read/first-posts.ts';
import { findTopic, observeStartedTopics } from './read/topics.ts';
import { discourseDefaults, settingsFromAdminList, type ForumSettings } from '../core/settings.ts';
import { titleRules } from '../core/title.ts';
import type { DesiredState, ObservedCategory, ObservedState } from '../core/types.ts';

export interface Observation {
  /** What the content wants of this forum (its bodies depend on the forum's settings). */
  desired: DesiredState;
  observed: ObservedState;
  settings: ForumSettings;
  /** What the sync could not look at, said for staff. */
  notices: string[];
}

/**
 * Reads what the forum holds of the desired state. Every read counts against the admin limit the writes share
 * (60 a minute), so the forum is read in lists wherever Discourse has one:
 * - GET /site.json: every category with its About topic and read_restricted, and the groups;
 * - GET /admin/site_settings.json: the limits to validate against;
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
 * A no-op run costs 2 + ⌊topics started ÷ 30⌋ + 1 + ⌈categories ÷ 200⌉ + ⌈managed posts ÷ 50⌉ on a quiet forum
 * (tests/forum/observe.test.ts), and up to one read per managed post more on a busy one.
 */
export async function observe(
  api: DiscourseApi,
  desiredFor: (settings: ForumSettings) => DesiredState,
  only: Only | null,
  apiUsername: string,
): Promise<Observation> {
  const site = await api.site();
  const settingsList = await api.siteSettings();
  const settings = settingsList ? settingsFromAdminList(settingsList) : discourseDefaults;
  const desired = desiredFor(settings);
  const categories = site.categories.map(toObservedCategory);
  const matches = matchCategories(desired.categories, categories);
  const notices: string[] = [];

  const listed = await api.topicsCreatedBy(apiUsername);
  if (listed === null) notices.push('このフォーラムは話題の一覧（/topics/created-by）に答えないため、内容から消えた話題（orphaned）は探していません。');
  const aboutTopics = new Set(categories.flatMap((category) => (category.aboutTopicId === null ? [] : [category.aboutTopicId])));
  const started = (listed ?? []).filter((topic) => !aboutTopics.has(topic.id));

  const rooms = !only || belongsTo('category', only);
  const described = rooms ? categoriesToRead(desired, categories, matches) : [];
  if (rooms) await readPermissions(api, desired, matches);

  // Unlisted topics are not among the latest posts; they are read one by one.
  const firstPosts = await readFirstPosts(api, [
    ...described.map((category) => category.aboutTopicId!),
    ...started.filter((topic) => topic.visible).map((topic) => topic.id),
  ]);
  for (const category of described) {
    category.about = firstPosts.get(category.aboutTopicId!) ?? (await api.firstPost(category.aboutTopicId!));
  }
  const topics = await observeStartedTopics(api, started, firstPosts, desired.topics, { only, titles: titleRules(settings) });

  // The list holds every topic the sync's user started. A topic in a category someone else created may have been
  // made under another user name (a key made for a different admin): only those are looked up by external_id.
  const listedIds = new Set((listed ?? []).map((topic) => topic.id));
  const found = matchTopics(desired.topics, topics);
  for (const topic of desired.topics) {
    const category = matches.get(topic.categoryKey);
    if (!category || found.has(topic.key) || (only && !belongsTo(topic.kind, only))) continue;
    if (listed !== null && category.aboutTopicId !== null && listedIds.has(category.aboutTopicId)) continue;
    const looked = await findTopic(api, topic);
    if (looked) topics.push(looked);
  }

  const groups = site.groups
    ? site.groups.map((group) => group.name)
    : (await Promise.all(desired.groups.map(async (group) => ((await api.groupExists(group.name)) ? [group.name] : [])))).flat();
  return { desired, observed: { groups, categories, topics }, settings, notices };
}

/** The managed categories, and unmatched children of managed parents (rooms gone from the content): their About post tells. */
function categoriesToRead(desired: DesiredState, categories: ObservedCategory[], matches: Map<string, ObservedCategory>): ObservedCategory[] {
  const managedParents = new Set(
    desired.categories.flatMap((category) => {
      const match = category.parentKey === null ? matches.get(category.key) : undefined;
      return match ? [match.id] : [];
    }),
  );
  const matchedIds = new Set([...matches.values()].map((category) => category.id));
  const strays = categories.filter((category) => !matchedIds.has(category.id) && category.parentId !== null && managedParents.has(category.parentId));
  return [...matches.values(), ...strays].filter((category) => category.aboutTopicId !== null);
}

/**
 * Who may read each managed category, for all of them in a request or a few. A forum too old to answer that way
 * is asked category by category, and only where /site.json's read_restricted cannot settle it (a category that
 * is or should be members-only); a public one is then taken as public as /site.json says.
 */
async function readPermissions(api: DiscourseApi, desired: DesiredState, matches: Map<string, ObservedCategory>): Promise<void> {
  const managed = desired.categories.flatMap((wanted) => {
    const category = matches.get(wanted.key);
    return category ? [{ category, wanted }] : [];
  });
  if (managed.length === 0) return;
  const permissions = await api.permissionsOf(managed.map(({ category }) => category.id));
  for (const { category, wanted } of managed) {
    if (permissions) category.permissions = permissions.get(category.id) ?? null;
    else if (category.readRestricted || !('everyone' in wanted.permissions)) category.permissions = await api.categoryPermissions(category.id);
  }
}

export function toObservedCategory(category: SiteCategory): ObservedCategory {
  const aboutTopic = category.topic_url ? /\/(\d+)\/?$/.exec(category.topic_url)?.[1] : undefined;
  return {
    id: category.id,
    name: category.name,
    slug: category.slug,
    color: category.color,
    textColor: category.text_color,
    position: category.position,
    parentId: category.parent_category_id ?? null,
    permissions: null,
    readRestricted: category.read_restricted,
    aboutTopicId: aboutTopic ? Number(aboutTopic) : null,
    about: null,
  };
}
