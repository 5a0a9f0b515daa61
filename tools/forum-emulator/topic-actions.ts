import type { Reply } from './errors.ts';
import {
  invalidAccess,
  invalidParameters,
  notFound,
  parameterMissing,
  recordErrors,
  topicNotFound,
  editConflict,
} from './errors.ts';
import type { RequestContext } from './forum.ts';
import { asInt, isStaff } from './forum.ts';
import { insertPost } from './records.ts';
import { revise } from './revisor.ts';
import { canSeeCategory } from './serialize-category.ts';
import { basicTopicJson, canSeeTopic, topicViewJson } from './serialize.ts';
import type { Topic } from './records-types.ts';

const redirect = (ctx: RequestContext, topic: Topic, json: boolean): Reply => {
  const location = `${ctx.origin}/t/${topic.slug}/${topic.id}${json ? '.json' : ''}`;
  return {
    status: 301,
    headers: { Location: location },
    contentType: 'text/html; charset=utf-8',
    body: `<html><body>You are being <a href="${location}">redirected</a>.</body></html>`,
  };
};

/**
 * GET /t/{id}.json and /t/{slug}/{id}.json (a wrong slug is redirected to the right one). Staff see deleted
 * topics. TopicsController passes `include_raw: !!params[:include_raw]`, so any value, even "false", adds raw.
 */
export function showTopic(ctx: RequestContext): Reply {
  const id = asInt(ctx.path['id']);
  const topic = id === null ? undefined : ctx.forum.store.topics.get(id);
  if (!topic || !canSeeTopic(ctx.forum, ctx.user, topic)) throw topicNotFound();
  const slug = ctx.path['slug'];
  if (slug !== undefined && slug !== topic.slug) return redirect(ctx, topic, true);
  return { status: 200, body: topicViewJson(ctx.forum, topic, ctx.user, ctx.query['include_raw'] !== undefined) };
}

/** GET /t/external_id/{id}.json: exact, case-sensitive look-up among topics that are not deleted. */
export function showTopicByExternalId(ctx: RequestContext): Reply {
  const topic = ctx.forum.store.topicByExternalId(ctx.path['external_id'] ?? '');
  if (!topic) throw notFound();
  if (!canSeeTopic(ctx.forum, ctx.user, topic)) throw invalidAccess();
  return redirect(ctx, topic, true);
}

function editableTopic(ctx: RequestContext, id: number | null): Topic {
  // Topic.find_by skips deleted topics; guardian.ensure_can_edit!(nil) answers 403, not 404.
  const topic = id === null ? undefined : ctx.forum.store.topics.get(id);
  if (!topic || topic.deleted_at !== null) throw invalidAccess();
  if (!ctx.user || (!isStaff(ctx.user) && ctx.user.id !== topic.user_id)) throw invalidAccess();
  return topic;
}

/**
 * PUT /t/-/{id}.json (also /t/{slug}/{id}.json): top-level title, category_id, tags. A body nested under
 * "topic", as the OpenAPI description shows it, is not read by the controller and changes nothing.
 */
export function updateTopic(ctx: RequestContext): Reply {
  const { forum, body } = ctx;
  const topic = editableTopic(ctx, asInt(ctx.path['id']));
  const user = ctx.user;
  if (!user) throw invalidAccess();
  if (
    typeof body['original_title'] === 'string' &&
    body['original_title'] !== '' &&
    body['original_title'] !== topic.title
  ) {
    throw editConflict();
  }
  let categoryId: number | null | undefined;
  if (body['category_id'] !== undefined && body['category_id'] !== null) {
    categoryId = asInt(body['category_id']);
    const category = categoryId === null ? undefined : forum.store.categories.get(categoryId);
    if (categoryId !== topic.category_id) {
      if (!category) throw recordErrors(['Category not found']);
      if (!canSeeCategory(user, category))
        throw recordErrors(['You are not allowed to move this topic to that category.'], 403);
    }
  }
  const first = forum.store.firstPost(topic);
  if (first) {
    revise(
      forum,
      first,
      user,
      {
        ...(typeof body['title'] === 'string' ? { title: body['title'] } : {}),
        ...(categoryId !== undefined ? { categoryId } : {}),
        ...(Array.isArray(body['tags']) ? { tags: body['tags'].map((t) => String(t).toLowerCase()) } : {}),
      },
      false,
    );
  }
  return { status: 200, body: { basic_topic: basicTopicJson(topic) } };
}

const statusActionCodes: Record<string, string> = {
  closed: 'closed',
  archived: 'archived',
  visible: 'visible',
  pinned: 'pinned',
  pinned_globally: 'pinned_globally',
};

function parseUntil(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  const time = Date.parse(String(value));
  if (Number.isNaN(time)) throw invalidParameters('until');
  return new Date(time).toISOString();
}

/** PUT /t/{id}/status.json (TopicStatusUpdater): one small-action post per real change. */
export function updateTopicStatus(ctx: RequestContext): Reply {
  const { forum, body } = ctx;
  for (const name of ['status', 'enabled'])
    if (body[name] === undefined || body[name] === '') throw parameterMissing(name);
  const status = String(body['status']);
  const enabled = body['enabled'] === 'true';
  const until = parseUntil(body['until']);
  const id = asInt(ctx.path['id']);
  const topic = id === null ? undefined : forum.store.topics.get(id);
  if (!topic || topic.deleted_at !== null || !isStaff(ctx.user) || !ctx.user) throw invalidAccess();
  const now = forum.clock.iso();
  const before = JSON.stringify([
    topic.closed,
    topic.archived,
    topic.visible,
    topic.pinned_at !== null,
    topic.pinned_globally,
  ]);
  if (status === 'closed') topic.closed = enabled;
  else if (status === 'archived') topic.archived = enabled;
  else if (status === 'visible') topic.visible = enabled;
  else if (status === 'pinned' || status === 'pinned_globally') {
    topic.pinned_at = enabled ? now : null;
    topic.pinned_globally = enabled && status === 'pinned_globally';
    topic.pinned_until = enabled ? until : null;
  } else throw invalidParameters('status');
  const after = JSON.stringify([
    topic.closed,
    topic.archived,
    topic.visible,
    topic.pinned_at !== null,
    topic.pinned_globally,
  ]);
  if (before !== after) {
    insertPost(forum, topic, ctx.user, '', {
      actionCode: `${statusActionCodes[status]}.${enabled ? 'enabled' : 'disabled'}`,
    });
  }
  return { status: 200, body: { success: 'OK', topic_status_update: null } };
}

const deleteFailed = (): never => {
  throw recordErrors(["There was an error deleting that topic. Please contact the site's administrator."]);
};

/** DELETE /t/{id}.json: soft delete. About topics and already deleted topics cannot be deleted. */
export function deleteTopic(ctx: RequestContext): Reply {
  const { forum } = ctx;
  const id = asInt(ctx.path['id']);
  const topic = id === null ? undefined : forum.store.topics.get(id);
  const user = ctx.user;
  if (!topic || !user || topic.deleted_at !== null || forum.store.categoryOfDefinitionTopic(topic.id))
    return deleteFailed();
  if (!isStaff(user) && user.id !== topic.user_id) return deleteFailed();
  const now = forum.clock.iso();
  forum.store.unindexTitle(topic);
  topic.deleted_at = now;
  topic.deleted_by_id = user.id;
  const first = forum.store.firstPost(topic);
  if (first) first.deleted_at = now;
  return { status: 200, body: null };
}

/** PUT /t/{id}/recover.json. */
export function recoverTopic(ctx: RequestContext): Reply {
  const id = asInt(ctx.path['id']);
  const topic = id === null ? undefined : ctx.forum.store.topics.get(id);
  if (!topic || topic.deleted_at === null || !isStaff(ctx.user)) throw invalidAccess();
  topic.deleted_at = null;
  topic.deleted_by_id = null;
  const first = ctx.forum.store.firstPost(topic);
  if (first) first.deleted_at = null;
  ctx.forum.store.indexTitle(topic);
  return { status: 200, body: null };
}
