import type { ForumClient, ForumResponse } from './http/client.ts';
import { serverErrors } from './http/client.ts';
import { ForumError } from './http/errors.ts';
import type { ObservedPost, Permissions, TopicStatus } from './types.ts';

/** The Discourse endpoints the sync uses, typed by what Discourse answers (fields the sync reads only). */

export interface SiteCategory {
  id: number;
  name: string;
  slug: string;
  color: string;
  text_color: string;
  position: number;
  parent_category_id?: number | null;
  read_restricted: boolean;
  topic_url: string | null;
}

export interface SiteInventory {
  categories: SiteCategory[];
  /** Absent on servers that do not list groups here. */
  groups?: { name: string }[];
}

interface PostJson {
  id: number;
  topic_id: number;
  version: number;
  raw?: string;
}

interface TopicViewJson {
  id: number;
  title: string;
  category_id: number;
  external_id?: string | null;
  closed: boolean;
  visible: boolean;
  pinned_at?: string | null;
  pinned_until?: string | null;
  pinned?: boolean;
  post_stream?: { posts?: (PostJson & { post_number: number })[] };
}

export interface TopicView {
  id: number;
  title: string;
  categoryId: number;
  externalId: string | null;
  status: TopicStatus;
  /** The first post with its raw text, when the forum sent it (include_raw). */
  firstPost: ObservedPost | null;
}

/** A topic as Discourse lists it (TopicListItemSerializer): no external_id, no raw text. */
export interface ListedTopic {
  id: number;
  title: string;
  category_id: number;
}

export interface NewCategory {
  name: string;
  slug: string;
  color: string;
  text_color: string;
  position: number;
  permissions: Permissions;
  parent_category_id?: number;
}

export class DiscourseApi {
  readonly client: ForumClient;
  constructor(client: ForumClient) {
    this.client = client;
  }

  async site(): Promise<SiteInventory> {
    return expectJson<SiteInventory>(await this.client.get('/site.json'), 'GET /site.json');
  }

  /** The forum's settings; null when the key may not read them (then Discourse's defaults apply). */
  async siteSettings(): Promise<{ setting: string; value: unknown }[] | null> {
    const response = await this.client.get('/admin/site_settings.json');
    if (response.status === 404 || response.status === 403) return null;
    return expectJson<{ site_settings: { setting: string; value: unknown }[] }>(response, 'GET /admin/site_settings.json').site_settings;
  }

  /** Whether a group exists (GET /groups/{name}.json; staff see private groups too). */
  async groupExists(name: string): Promise<boolean> {
    const response = await this.client.get(`/groups/${encodeURIComponent(name)}.json`);
    if (response.status === 404) return false;
    expectJson(response, `GET /groups/${name}.json`);
    return true;
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

  async categoryPermissions(id: number): Promise<Permissions> {
    const body = expectJson<{ category: { group_permissions?: { group_name: string; permission_type: 1 | 2 | 3 }[] } }>(
      await this.client.get(`/c/${id}/show.json`),
      `GET /c/${id}/show.json`,
    );
    return Object.fromEntries((body.category.group_permissions ?? []).map((entry) => [entry.group_name, entry.permission_type]));
  }

  /** The first post of a topic, with its raw text. */
  async firstPost(topicId: number): Promise<ObservedPost> {
    const post = expectJson<PostJson>(await this.client.get(`/posts/by_number/${topicId}/1.json`), `GET /posts/by_number/${topicId}/1.json`);
    return { id: post.id, raw: post.raw ?? '', version: post.version };
  }

  async post(id: number): Promise<ObservedPost> {
    const post = expectJson<PostJson>(await this.client.get(`/posts/${id}.json`), `GET /posts/${id}.json`);
    return { id: post.id, raw: post.raw ?? '', version: post.version };
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
   * Every topic the user started, page by page (TopicQuery#list_topics_by): the only listing that finds the
   * sync's own topics without walking every category. Null when the forum does not offer it.
   */
  async topicsCreatedBy(username: string): Promise<ListedTopic[] | null> {
    const topics: ListedTopic[] = [];
    for (let page = 0; page < 1000; page++) {
      const path = `/topics/created-by/${encodeURIComponent(username)}.json?page=${page}`;
      const response = await this.client.get(path);
      if (response.status === 404 && page === 0) return null;
      const list = expectJson<{ topic_list: { topics: ListedTopic[]; more_topics_url?: string | null } }>(response, `GET ${path}`).topic_list;
      topics.push(...list.topics);
      if (!list.more_topics_url || list.topics.length === 0) break;
    }
    return topics;
  }

  /**
   * A topic with its status. `include_raw` asks Discourse to put each post's raw text in the answer
   * (TopicsController#perform_show_response), saving a request per topic where the server honours it.
   */
  async topic(id: number): Promise<TopicView> {
    const body = expectJson<TopicViewJson>(await this.client.get(`/t/${id}.json?include_raw=true`), `GET /t/${id}.json`);
    const first = body.post_stream?.posts?.find((post) => post.post_number === 1);
    // `pinned` already accounts for a passed `pinned_until`; older answers only carry `pinned_at`.
    const pinned = typeof body.pinned === 'boolean' ? body.pinned : body.pinned_at != null;
    return {
      id: body.id,
      title: body.title,
      categoryId: body.category_id,
      externalId: body.external_id ?? null,
      status: { pinned, pinnedUntil: pinned ? (body.pinned_until ?? null) : null, closed: body.closed, visible: body.visible },
      firstPost: first && typeof first.raw === 'string' ? { id: first.id, raw: first.raw, version: first.version } : null,
    };
  }

  async createCategory(category: NewCategory): Promise<SiteCategory> {
    const response = await this.client.request('POST', '/categories.json', { body: category });
    return expectJson<{ category: SiteCategory }>(response, 'POST /categories.json').category;
  }

  async updateCategory(id: number, fields: Partial<NewCategory>): Promise<void> {
    expectJson(await this.client.request('PUT', `/categories/${id}.json`, { body: fields, idempotent: true }), `PUT /categories/${id}.json`);
  }

  /** Creates a topic; the answer is its first post. Errors come back as the response for the caller to read. */
  async createTopic(topic: { title: string; raw: string; category: number; external_id: string }): Promise<ForumResponse> {
    return this.client.request('POST', '/posts.json', { body: topic });
  }

  /** Rewrites a first post, and with it the topic's title and category (Discourse reads those at the top level). */
  async updateFirstPost(
    postId: number,
    fields: { raw: string; editReason: string; originalText: string; title?: string; categoryId?: number },
  ): Promise<ForumResponse> {
    const body = {
      post: {
        raw: fields.raw,
        edit_reason: fields.editReason,
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

  async setStatus(topicId: number, status: 'pinned' | 'closed' | 'visible', enabled: boolean, until?: string): Promise<void> {
    // Discourse compares `enabled` with the string "true".
    const body = { status, enabled: String(enabled), ...(until ? { until } : {}) };
    expectJson(await this.client.request('PUT', `/t/${topicId}/status.json`, { body, idempotent: true }), `PUT /t/${topicId}/status.json`);
  }
}

/** The body of a 2xx answer; anything else becomes a ForumError carrying Discourse's own messages. */
export function expectJson<T>(response: ForumResponse, what: string): T {
  if (response.status >= 200 && response.status < 300 && typeof response.body === 'object' && response.body !== null) return response.body as T;
  throw unexpected(response, what);
}

export function unexpected(response: ForumResponse, what: string): ForumError {
  const errors = serverErrors(response);
  const errorType = (response.body as { error_type?: unknown } | null)?.error_type;
  const badCredentials = errorType === 'not_logged_in' || errors.some((message) => /API username or key is invalid/i.test(message));
  if (response.status === 403 && badCredentials) {
    return new ForumError(
      'credentials',
      'フォーラムに入れませんでした（403）。DISCOURSE_API_KEY と DISCOURSE_API_USERNAME が正しいか、キーが「すべてのユーザー・全権限（Global）」で作られているかを確かめてください。',
      { status: 403, serverErrors: errors },
    );
  }
  const reason = errors.length ? errors.join(' / ') : `HTTP ${response.status}`;
  return new ForumError('refused', `フォーラムが受け付けませんでした（${what}: ${reason}）。`, { status: response.status, serverErrors: errors });
}
