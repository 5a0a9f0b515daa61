import { createHash } from 'node:crypto';
import type { Reply } from './errors.ts';
import { invalidAccess, invalidParameters, serverError } from './errors.ts';
import { parseEvent } from './events.ts';
import type { Forum, RequestContext } from './forum.ts';
import { asInt, isStaff, truthy } from './forum.ts';
import { insertPost, insertTopic } from './records.ts';
import { canSeeCategory } from './serialize-category.ts';
import { canSeeTopic, postJson } from './serialize.ts';
import type { Category, PostEvent, User } from './records-types.ts';
import { bodyErrors, charLength, cleanTitle, titleErrors } from './text-rules.ts';

const memoSeconds = 120;

const eventsEnabled = (forum: Forum): boolean =>
  forum.settings.bool('calendar_enabled') && forum.settings.bool('discourse_post_event_enabled');

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Tag names as Discourse stores them: trimmed, lower-cased (force_lowercase_tags), spaces as dashes. */
function tagNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((tag) => (tag && typeof tag === 'object' ? (tag as { name?: unknown }).name : tag))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map((name) => name.trim().toLowerCase().replace(/\s+/g, '-'));
}

/** Title uniqueness (UniqueAmongValidator over listable topics, optionally narrowed to the category). */
export function titleTaken(forum: Forum, title: string, categoryId: number | null, exceptId?: number): boolean {
  if (forum.settings.bool('allow_duplicate_topic_titles')) return false;
  const sameTitle = forum.store.topicsTitled(title, exceptId);
  if (forum.settings.bool('allow_duplicate_topic_titles_category')) {
    return sameTitle.some((t) => t.category_id === categoryId);
  }
  return sameTitle.length > 0;
}

function externalIdErrors(forum: Forum, externalId: string): string[] {
  const errors: string[] = [];
  if (forum.store.externalIdTaken(externalId)) errors.push('External has already been taken');
  if (charLength(externalId) > 50) errors.push('External is too long (maximum is 50 characters)');
  if (!/^[A-Za-z0-9_-]+$/.test(externalId)) errors.push('External is invalid');
  return errors;
}

const failed = (errors: string[]): Reply => ({ status: 422, body: { action: 'create_post', errors } });

function findCategoryParam(forum: Forum, value: unknown): Category | null {
  if (value === undefined || value === null || value === '') return null;
  const id = asInt(value);
  const category = id === null ? undefined : forum.store.categories.get(id);
  if (!category) throw invalidParameters('category');
  return category;
}

function createTopic(ctx: RequestContext, user: User): Reply {
  const { forum, body } = ctx;
  const skip = truthy(body['skip_validations']);
  const category = findCategoryParam(forum, body['category']);
  if (
    !skip &&
    category &&
    (!canSeeCategory(user, category) || (!user.admin && (category.permissions['everyone'] ?? 1) === 3))
  ) {
    throw invalidAccess();
  }
  const rawTitle = typeof body['title'] === 'string' ? body['title'] : '';
  const raw = typeof body['raw'] === 'string' ? body['raw'] : '';
  // before_validation cleans the title; save(validate: false) skips that callback too.
  const title = skip ? rawTitle : cleanTitle(rawTitle, forum.settings);
  const externalId = typeof body['external_id'] === 'string' && body['external_id'] !== '' ? body['external_id'] : null;
  const tags = forum.settings.bool('tagging_enabled') ? tagNames(body['tags']) : [];
  const categoryId = category?.id ?? (isStaff(user) || skip ? 1 : null);
  let event: PostEvent | null = null;
  if (!skip) {
    const topicErrors = titleErrors(title, user.admin, forum.settings);
    if (titleTaken(forum, title, categoryId)) topicErrors.push('Title has already been used');
    if (categoryId === null && !forum.settings.bool('allow_uncategorized_topics'))
      topicErrors.push("Category can't be blank");
    if (externalId !== null) topicErrors.push(...externalIdErrors(forum, externalId));
    if (tags.length > forum.settings.int('max_tags_per_topic')) {
      topicErrors.push(`You can only apply ${forum.settings.int('max_tags_per_topic')} tags to a topic.`);
    }
    if (topicErrors.length > 0) return failed(topicErrors);
    const postErrors = bodyErrors(raw, true, forum.settings);
    if (postErrors.length > 0) return failed(postErrors);
  } else if (externalId !== null && forum.store.externalIdExactTaken(externalId)) {
    // The unique index on topics.external_id is case-sensitive and cannot be skipped: an unrescued error.
    throw serverError();
  }
  if (eventsEnabled(forum)) {
    const parsed = parseEvent(raw, true);
    if (parsed.errors.length > 0 && !skip) return failed(parsed.errors);
    event = parsed.event;
  }
  const visible =
    body['unlist_topic'] !== undefined
      ? !truthy(body['unlist_topic'])
      : body['visible'] === undefined || truthy(body['visible']);
  const createdAt =
    typeof body['created_at'] === 'string' && !Number.isNaN(Date.parse(body['created_at']))
      ? new Date(body['created_at']).toISOString()
      : undefined;
  const { post } = insertTopic(forum, {
    title,
    raw,
    categoryId,
    user,
    externalId,
    visible,
    tags,
    event,
    ...(createdAt ? { createdAt } : {}),
  });
  return { status: 200, body: postJson(forum, post, user, false) };
}

function createReply(ctx: RequestContext, user: User, topicId: number): Reply {
  const { forum, body } = ctx;
  const topic = forum.store.topics.get(topicId);
  if (
    !topic ||
    !canSeeTopic(forum, user, topic) ||
    topic.deleted_at !== null ||
    ((topic.closed || topic.archived) && !isStaff(user))
  ) {
    return failed(['Something has gone wrong. Perhaps this topic was closed or deleted while you were looking at it?']);
  }
  const raw = typeof body['raw'] === 'string' ? body['raw'] : '';
  if (!truthy(body['skip_validations'])) {
    const errors = bodyErrors(raw, false, forum.settings);
    if (eventsEnabled(forum)) errors.push(...parseEvent(raw, false).errors);
    if (errors.length > 0) return failed(errors);
  }
  const post = insertPost(forum, topic, user, raw, { replyTo: asInt(body['reply_to_post_number']) });
  return { status: 200, body: postJson(forum, post, user, false) };
}

/** POST /posts.json, with the API's 120-second memo of identical requests (errors included). */
export function createPost(ctx: RequestContext): Reply {
  const user = ctx.user;
  if (!user) throw invalidAccess();
  const signature = createHash('sha1')
    .update(canonical({ params: ctx.body, user: user.id, ip: ctx.ip, user_agent: ctx.userAgent }))
    .digest('hex');
  const now = ctx.forum.clock.now();
  const memo = ctx.forum.postMemo.get(signature);
  let reply: Reply;
  if (memo && memo.expiresAt > now) {
    reply = { status: memo.status, body: structuredClone(memo.body) };
  } else {
    const topicId = asInt(ctx.body['topic_id']);
    reply = topicId === null ? createTopic(ctx, user) : createReply(ctx, user, topicId);
    ctx.forum.postMemo.set(signature, { expiresAt: now + memoSeconds * 1000, status: reply.status, body: reply.body });
    if (ctx.forum.postMemo.size > 5000) {
      for (const [key, entry] of ctx.forum.postMemo) if (entry.expiresAt <= now) ctx.forum.postMemo.delete(key);
    }
  }
  if (reply.status === 200 && truthy(ctx.body['nested_post'])) {
    return { status: 200, body: { action: 'create_post', post: reply.body, success: true } };
  }
  return reply;
}
