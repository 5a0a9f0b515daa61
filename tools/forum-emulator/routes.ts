import type { Reply } from './errors.ts';
import type { RequestContext } from './forum.ts';
import { createCategory, findCategories, listCategories, showCategory, site, updateCategory } from './categories.ts';
import { createGroup, showGroup, updateGroup } from './groups.ts';
import { latestPosts } from './latest-posts.ts';
import { showPost, showPostByNumber, showRevision, updatePost } from './posts.ts';
import { createPost } from './topic-create.ts';
import {
  deleteTopic,
  recoverTopic,
  showTopic,
  showTopicByExternalId,
  updateTopic,
  updateTopicStatus,
} from './topic-actions.ts';
import { topicsCreatedBy } from './topic-lists.ts';

export interface Route {
  method: string;
  /** Name used in request counts; the OpenAPI operationId where the spec describes the endpoint. */
  name: string;
  operationId?: string;
  pattern: RegExp;
  keys: string[];
  handler: (ctx: RequestContext) => Reply;
  /** Changes state: requires a login, triggers persistence, and is what "after the write" faults follow. */
  write: boolean;
  /** Under /admin: answered 404 to anyone but an admin (Discourse's route constraint). */
  adminOnly: boolean;
}

/** `:id`, `:topic_id` and `:post_number` match digits; `*name` matches any one path segment. */
const numeric = new Set(['id', 'topic_id', 'post_number']);

function route(
  method: string,
  template: string,
  name: string,
  handler: Route['handler'],
  options: { write?: boolean; spec?: boolean; fixed?: Record<string, string> } = {},
): Route {
  const keys: string[] = [];
  const source = template.replace(/([:*])(\w+)/g, (_, sigil: string, key: string) => {
    keys.push(key);
    return sigil === ':' && numeric.has(key) ? '(\\d+)' : '([^/]+?)';
  });
  const fixed = options.fixed;
  const wrapped: Route['handler'] = fixed ? (ctx) => handler({ ...ctx, path: { ...ctx.path, ...fixed } }) : handler;
  return {
    method,
    name,
    ...(options.spec === false ? {} : { operationId: name }),
    pattern: new RegExp(`^${source}(?:\\.json)?$`),
    keys,
    handler: wrapped,
    write: options.write ?? false,
    adminOnly: template.startsWith('/admin/'),
  };
}

export function buildRoutes(extra: { about: Route['handler']; siteSettings: Route['handler'] }): Route[] {
  return [
    route('GET', '/about', 'about', extra.about, { spec: false }),
    route('GET', '/site', 'getSite', site),
    route('GET', '/categories', 'listCategories', listCategories),
    route('POST', '/categories', 'createCategory', createCategory, { write: true }),
    route('GET', '/categories/find', 'findCategories', findCategories, { spec: false }),
    route('PUT', '/categories/*id', 'updateCategory', updateCategory, { write: true }),
    route('GET', '/c/*id/show', 'getCategory', showCategory),
    route('GET', '/admin/site_settings', 'siteSettings', extra.siteSettings, { spec: false }),
    route('POST', '/admin/groups', 'createGroup', createGroup, { write: true }),
    route('GET', '/groups/*id', 'getGroup', showGroup),
    route('PUT', '/groups/:id', 'updateGroup', updateGroup, { write: true }),
    route('GET', '/posts', 'listPosts', latestPosts),
    route('POST', '/posts', 'createTopicPostPM', createPost, { write: true }),
    route('GET', '/posts/by_number/:topic_id/:post_number', 'postByNumber', showPostByNumber, { spec: false }),
    route('GET', '/posts/:id/revisions/latest', 'latestRevision', showRevision, {
      spec: false,
      fixed: { revision: 'latest' },
    }),
    route('GET', '/posts/:id/revisions/:revision', 'postRevision', showRevision, { spec: false }),
    route('GET', '/posts/:id', 'getPost', showPost),
    route('PUT', '/posts/:id', 'updatePost', updatePost, { write: true }),
    route('GET', '/topics/created-by/*username', 'topicsCreatedBy', topicsCreatedBy, { spec: false }),
    route('GET', '/t/external_id/:external_id', 'getTopicByExternalId', showTopicByExternalId),
    route('PUT', '/t/:id/status', 'updateTopicStatus', updateTopicStatus, { write: true }),
    route('PUT', '/t/:id/recover', 'recoverTopic', recoverTopic, { write: true, spec: false }),
    route('GET', '/t/:id', 'getTopic', showTopic),
    // /t/{topic_id}/{post_number} is routed before /t/{slug}/{id}, as in Discourse's routes.rb.
    route(
      'GET',
      '/t/:topic_id/:post_number',
      'getTopic',
      (ctx) => showTopic({ ...ctx, path: { id: ctx.path['topic_id'] ?? '' } }),
      { spec: false },
    ),
    route('GET', '/t/:slug/:id', 'getTopic', showTopic),
    route('PUT', '/t/:slug/:id', 'updateTopic', updateTopic, { write: true }),
    route('PUT', '/t/:id', 'updateTopic', updateTopic, { write: true }),
    route('DELETE', '/t/:id', 'removeTopic', deleteTopic, { write: true }),
  ];
}

export function matchRoute(
  routes: Route[],
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | null {
  for (const candidate of routes) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    candidate.keys.forEach((key, index) => {
      params[key] = decodeURIComponent(match[index + 1] ?? '');
    });
    return { route: candidate, params };
  }
  return null;
}
