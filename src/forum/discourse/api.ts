import {
  createdCategory,
  foundCategories,
  latestPosts,
  oneCategory,
  postJson,
  shownGroup,
  siteInventory,
  siteSettings,
  topicList,
  topicView,
  type ListedTopic,
  type NewCategory,
  type PostJson,
  type SiteSetting,
} from './api-shapes.ts';
import { expectJson, expectSuccess, isBadCredentials, unexpected } from './http/answers.ts';
import type { ForumClient, ForumResponse } from './http/client.ts';
import { observedCategory, observedPost, permissionsFrom, topicViewFrom, type TopicView } from './to-observed.ts';
import type { ObservedCategory, ObservedGroup, ObservedPost, Permissions } from '../core/types.ts';

/** The Discourse endpoints the sync uses, each answer checked against what Discourse sends (./api-shapes.ts). */

/**
 * A list the forum does not offer: some hosted plans and proxies answer 403 or 404 where Discourse has a list.
 * (A wrong key is told apart before: the settings are read first, and a 403 for bad credentials names itself.)
 */
const unoffered = (response: ForumResponse): boolean =>
  (response.status === 404 || response.status === 403) && !isBadCredentials(response);

/** Category ids per GET /categories/find.json: about 3 kB of query string, far below what proxies accept. */
const categoriesPerFind = 200;

export class DiscourseApi {
  readonly client: ForumClient;
  constructor(client: ForumClient) {
    this.client = client;
  }

  /** Every category, and the groups; null groups on servers that do not list them here. */
  async site(): Promise<{ categories: ObservedCategory[]; groups: ObservedGroup[] | null }> {
    const site = expectJson(await this.client.get('/site.json'), 'GET /site.json', siteInventory);
    return { categories: site.categories.map(observedCategory), groups: site.groups ?? null };
  }

  /** The forum's settings; null when the key may not read them (then Discourse's defaults apply). */
  async siteSettings(): Promise<SiteSetting[] | null> {
    const response = await this.client.get('/admin/site_settings.json');
    if (response.status === 404 || response.status === 403) return null;
    return expectJson(response, 'GET /admin/site_settings.json', siteSettings).site_settings;
  }

  /** A group by name, or null when there is none (GET /groups/{name}.json; staff see private groups too). */
  async group(name: string): Promise<ObservedGroup | null> {
    const response = await this.client.get(`/groups/${encodeURIComponent(name)}.json`);
    if (response.status === 404) return null;
    return expectJson(response, `GET /groups/${name}.json`, shownGroup).group;
  }

  /** The name a group shows on its page (PUT /groups/{id}.json; its name is sent along, unchanged). */
  async renameGroup(group: ObservedGroup, fullName: string): Promise<void> {
    const { id, name } = group;
    const body = { group: { name, full_name: fullName } };
    expectSuccess(
      await this.client.request('PUT', `/groups/${id}.json`, { body, idempotent: true }),
      `PUT /groups/${id}.json`,
    );
  }

  /**
   * A group for a members-only room. Signed-in people can see it and ask to join (the join guide tells them to
   * press 「参加を申し込む」; Discourse only offers that on groups they can see), staff approve; who belongs is
   * visible to members only, since belonging to a patient or family group is itself sensitive. Only staff may
   * mention or message the group, and members may leave on their own.
   */
  async createGroup(group: { name: string; fullName: string }): Promise<ForumResponse> {
    return this.client.request('POST', '/admin/groups.json', {
      body: {
        group: {
          name: group.name,
          full_name: group.fullName,
          visibility_level: 1,
          members_visibility_level: 2,
          mentionable_level: 2,
          messageable_level: 2,
          public_admission: false,
          public_exit: true,
          allow_membership_requests: true,
        },
      },
    });
  }

  /** Who may read and write one category (GET /c/{id}/show.json). */
  async categoryPermissions(id: number): Promise<Permissions> {
    const body = expectJson(await this.client.get(`/c/${id}/show.json`), `GET /c/${id}/show.json`, oneCategory);
    return permissionsFrom(body.category.group_permissions ?? []);
  }

  /**
   * Who may read and write many categories, 200 to a request (GET /categories/find.json?ids[]=…&include_permissions,
   * CategoriesController#find). Null when the forum's answer carries no group_permissions or it has no such
   * endpoint (older Discourse): the caller then asks category by category.
   */
  async permissionsOf(ids: number[]): Promise<Map<number, Permissions> | null> {
    const found = new Map<number, Permissions>();
    for (let start = 0; start < ids.length; start += categoriesPerFind) {
      const query = ids
        .slice(start, start + categoriesPerFind)
        .map((id) => `ids[]=${id}`)
        .join('&');
      const response = await this.client.get(`/categories/find.json?include_permissions=true&${query}`);
      if (unoffered(response)) return null;
      for (const category of expectJson(response, 'GET /categories/find.json', foundCategories).categories ?? []) {
        if (!category.group_permissions) return null;
        found.set(category.id, permissionsFrom(category.group_permissions));
      }
    }
    return found;
  }

  /** The first post of a topic, with its raw text. */
  async firstPost(topicId: number): Promise<ObservedPost> {
    return observedPost(
      expectJson(
        await this.client.get(`/posts/by_number/${topicId}/1.json`),
        `GET /posts/by_number/${topicId}/1.json`,
        postJson,
      ),
    );
  }

  async post(id: number): Promise<ObservedPost> {
    return observedPost(expectJson(await this.client.get(`/posts/${id}.json`), `GET /posts/${id}.json`, postJson));
  }

  /** The topic id behind an external_id, read from the redirect without following it; null when there is none. */
  async topicIdByExternalId(externalId: string): Promise<number | null> {
    const path = `/t/external_id/${encodeURIComponent(externalId)}.json`;
    const response = await this.client.get(path, { redirect: 'manual' });
    if (response.status === 404) return null;
    const location = response.headers.get('location') ?? '';
    const id = /\/(\d+)(?:\.json)?(?:\?.*)?$/.exec(location)?.[1];
    if (response.status >= 300 && response.status < 400 && id) return Number(id);
    throw unexpected(response, `GET ${path}`);
  }

  /**
   * Every topic the user started, About topics of the categories they created included, 30 a page
   * (ListController#topics_by), oldest first: new topics then only add to the end, so the pages do not shift
   * while they are read. Null when the forum does not offer the list.
   */
  async topicsCreatedBy(username: string): Promise<ListedTopic[] | null> {
    const topics = new Map<number, ListedTopic>();
    for (let page = 0; ; page++) {
      const path = `/topics/created-by/${encodeURIComponent(username)}.json?order=created&ascending=true&page=${page}`;
      const response = await this.client.get(path);
      if (unoffered(response) && page === 0) return null;
      const list = expectJson(response, `GET ${path}`, topicList).topic_list;
      for (const topic of list.topics) topics.set(topic.id, topic);
      if (!list.more_topics_url || list.topics.length === 0) return [...topics.values()];
    }
  }

  /**
   * The newest posts with their raw text, 50 a page, newest first (GET /posts.json, PostsController#latest);
   * `before` pages back to lower ids. Regular posts of listed topics only: no small actions, nothing unlisted.
   * Null when the forum does not offer the list (some hosted plans and proxies answer 403 or 404).
   */
  async latestPosts(before?: number): Promise<PostJson[] | null> {
    const path = before === undefined ? '/posts.json' : `/posts.json?before=${before}`;
    const response = await this.client.get(path);
    if (unoffered(response)) return null;
    return expectJson(response, `GET ${path}`, latestPosts).latest_posts ?? [];
  }

  /**
   * A topic with its status. `include_raw` asks Discourse to put each post's raw text in the answer
   * (TopicsController#perform_show_response), saving a request per topic where the server honours it.
   */
  async topic(id: number): Promise<TopicView> {
    return topicViewFrom(
      expectJson(await this.client.get(`/t/${id}.json?include_raw=true`), `GET /t/${id}.json`, topicView),
    );
  }

  async createCategory(category: NewCategory): Promise<ObservedCategory> {
    const response = await this.client.request('POST', '/categories.json', { body: category });
    return observedCategory(expectJson(response, 'POST /categories.json', createdCategory).category);
  }

  async updateCategory(id: number, fields: Partial<NewCategory>): Promise<void> {
    expectSuccess(
      await this.client.request('PUT', `/categories/${id}.json`, { body: fields, idempotent: true }),
      `PUT /categories/${id}.json`,
    );
  }

  /** Creates a topic; the answer is its first post. Errors come back as the response for the caller to read. */
  async createTopic(topic: {
    title: string;
    raw: string;
    category: number;
    external_id: string;
  }): Promise<ForumResponse> {
    return this.client.request('POST', '/posts.json', { body: topic });
  }

  /**
   * Rewrites a first post, and with it the topic's title and category (Discourse reads those at the top level).
   * Without an edit reason, a rewrite of the sync's own notes right after its last edit leaves no revision of its own.
   */
  async updateFirstPost(
    postId: number,
    fields: { raw: string; editReason?: string; originalText: string; title?: string; categoryId?: number },
  ): Promise<ForumResponse> {
    const body = {
      post: {
        raw: fields.raw,
        ...(fields.editReason !== undefined ? { edit_reason: fields.editReason } : {}),
        // Discourse answers 409 when the post no longer holds this text: an edit made since the sync read it.
        original_text: fields.originalText,
        ...(fields.categoryId !== undefined ? { category_id: fields.categoryId } : {}),
      },
      ...(fields.title !== undefined ? { title: fields.title } : {}),
    };
    return this.client.request('PUT', `/posts/${postId}.json`, { body, idempotent: true });
  }

  /** Title or category without touching the post: PUT /t/-/{id}.json with top-level fields. */
  async updateTopic(id: number, fields: { title?: string; category_id?: number }): Promise<ForumResponse> {
    return this.client.request('PUT', `/t/-/${id}.json`, { body: fields, idempotent: true });
  }

  async setStatus(
    topicId: number,
    status: 'pinned' | 'closed' | 'visible',
    enabled: boolean,
    until?: string,
  ): Promise<void> {
    // Discourse compares `enabled` with the string "true".
    const body = { status, enabled: String(enabled), ...(until ? { until } : {}) };
    expectSuccess(
      await this.client.request('PUT', `/t/${topicId}/status.json`, { body, idempotent: true }),
      `PUT /t/${topicId}/status.json`,
    );
  }
}
