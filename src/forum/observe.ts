import type { DiscourseApi, SiteCategory } from './api.ts';
import { readMarker } from './marker.ts';
import { matchCategories } from './match.ts';
import { belongsTo, type Only } from './plan.ts';
import { discourseDefaults, settingsFromAdminList, type ForumSettings } from './settings.ts';
import type { DesiredState, DesiredTopic, ObservedCategory, ObservedState, ObservedTopic } from './types.ts';

export interface Observation {
  observed: ObservedState;
  settings: ForumSettings;
  /** What the sync could not look at, said for staff. */
  notices: string[];
}

/**
 * Reads what the forum holds of the desired state, with as few requests as Discourse allows (every read counts
 * against the same admin limit as the writes):
 * - one GET /site.json for every category, its About topic and the groups (servers that leave groups out
 *   are asked per group the content needs);
 * - one GET /admin/site_settings.json for the limits to validate against;
 * - per managed category, its About post (GET /posts/by_number/{topic}/1.json, which carries the raw text);
 *   members-only categories also GET /c/{id}/show.json, since /site.json does not say which group may read;
 * - per managed topic whose category exists: GET /t/external_id/{id}.json (the redirect alone names the topic)
 *   and GET /t/{id}.json?include_raw=true (title, category, pinned, closed, visible and the first post's raw
 *   text); a server that ignores include_raw costs one more read, GET /posts/by_number/{id}/1.json.
 * A topic whose category does not exist yet is not looked up: it is created with its external_id, and the
 * forum's "already taken" answer sends the sync to the existing topic instead.
 * Topics gone from the content are found through the list of topics the API user started
 * (GET /topics/created-by/{user}.json, 30 a page): only those that are neither looked up above nor About
 * topics cost a look (GET /t/{id}.json) to see whether their external_id is the sync's.
 */
export async function observe(api: DiscourseApi, desired: DesiredState, only: Only | null, apiUsername: string): Promise<Observation> {
  const site = await api.site();
  const settingsList = await api.siteSettings();
  const settings = settingsList ? settingsFromAdminList(settingsList) : discourseDefaults;
  const categories = site.categories.map(toObservedCategory);
  const matches = matchCategories(desired.categories, categories);

  if (!only || belongsTo('category', only)) {
    const managedParents = new Set(
      desired.categories.flatMap((category) => {
        const match = category.parentKey === null ? matches.get(category.key) : undefined;
        return match ? [match.id] : [];
      }),
    );
    const matchedIds = new Set([...matches.values()].map((category) => category.id));
    // Unmatched children of managed parents may be rooms removed from the content: their About post tells.
    const strays = categories.filter((category) => !matchedIds.has(category.id) && category.parentId !== null && managedParents.has(category.parentId));
    for (const category of [...matches.values(), ...strays]) {
      if (category.aboutTopicId !== null) category.about = await api.firstPost(category.aboutTopicId);
    }
    for (const wanted of desired.categories) {
      const category = matches.get(wanted.key);
      if (category && (category.readRestricted || !('everyone' in wanted.permissions))) {
        category.permissions = await api.categoryPermissions(category.id);
      }
    }
  }

  const groups = site.groups
    ? site.groups.map((group) => group.name)
    : (await Promise.all(desired.groups.map(async (group) => ((await api.groupExists(group.name)) ? [group.name] : [])))).flat();

  const topics: ObservedTopic[] = [];
  for (const topic of desired.topics) {
    if (only && !belongsTo(topic.kind, only)) continue;
    if (!matches.has(topic.categoryKey)) continue;
    const found = await findTopic(api, topic);
    if (found) topics.push(found);
  }
  const notices: string[] = [];
  const orphans = await findOrphans(api, apiUsername, categories, topics, only);
  if (orphans === null) notices.push('このフォーラムは話題の一覧（/topics/created-by）に答えないため、内容から消えた話題（orphaned）は探していません。');
  else topics.push(...orphans);
  return { observed: { groups, categories, topics }, settings, notices };
}

async function findOrphans(
  api: DiscourseApi,
  apiUsername: string,
  categories: ObservedCategory[],
  known: ObservedTopic[],
  only: Only | null,
): Promise<ObservedTopic[] | null> {
  const listed = await api.topicsCreatedBy(apiUsername);
  if (listed === null) return null;
  const seen = new Set([...known.map((topic) => topic.id), ...categories.flatMap((category) => (category.aboutTopicId === null ? [] : [category.aboutTopicId]))]);
  const orphans: ObservedTopic[] = [];
  for (const candidate of listed) {
    if (seen.has(candidate.id)) continue;
    const view = await api.topic(candidate.id);
    if (!view.externalId?.startsWith('hiroba-')) continue;
    if (only && !belongsTo(view.externalId.startsWith('hiroba-event-') ? 'event' : 'welcome', only)) continue;
    const firstPost = view.firstPost ?? (await api.firstPost(view.id));
    orphans.push({ ...view, markerKey: readMarker(firstPost.raw).marker?.key ?? null, firstPost });
  }
  return orphans;
}

/** A managed topic as the forum holds it, found by its external_id; null when the forum has none. */
export async function findTopic(api: DiscourseApi, topic: Pick<DesiredTopic, 'externalId'>): Promise<ObservedTopic | null> {
  const id = await api.topicIdByExternalId(topic.externalId);
  if (id === null) return null;
  const view = await api.topic(id);
  const firstPost = view.firstPost ?? (await api.firstPost(id));
  return {
    id: view.id,
    externalId: view.externalId ?? topic.externalId,
    markerKey: readMarker(firstPost.raw).marker?.key ?? null,
    categoryId: view.categoryId,
    title: view.title,
    status: view.status,
    firstPost,
  };
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
