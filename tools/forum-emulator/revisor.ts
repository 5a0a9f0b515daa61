import { categoryPostTemplate } from './category-rules.ts';
import { cook, firstParagraph } from './cook.ts';
import { recordErrors } from './errors.ts';
import { parseEvent } from './events.ts';
import type { Forum } from './forum.ts';
import { isStaff } from './forum.ts';
import { renameTopic } from './records.ts';
import type { Category, Post, Revision, User } from './records-types.ts';
import { titleTaken } from './topic-create.ts';
import { bodyErrors, cleanTitle, diffSize, titleErrors } from './text-rules.ts';

export interface Changes {
  raw?: string;
  title?: string;
  categoryId?: number | null;
  tags?: string[];
  editReason?: string | null;
}

/**
 * PostRevisor#revise!: validates, then applies the changes atomically. A new version is created unless the
 * same user edits again within editing_grace_period with a small diff and no new edit reason; such edits are
 * merged into the latest revision (or, on version 1, leave no revision at all).
 * Returns the category whose description changed, if any.
 */
export function revise(
  forum: Forum,
  post: Post,
  editor: User,
  changes: Changes,
  validatePost: boolean,
): Category | null {
  const topic = forum.store.topics.get(post.topic_id);
  if (!topic) return null;
  const isFirst = post.post_number === 1;
  const raw = changes.raw !== undefined && changes.raw !== post.raw ? changes.raw : undefined;
  const cleanedTitle = changes.title === undefined || !isFirst ? undefined : cleanTitle(changes.title, forum.settings);
  const title = cleanedTitle !== undefined && cleanedTitle !== topic.title ? cleanedTitle : undefined;
  const categoryId =
    changes.categoryId !== undefined && isFirst && changes.categoryId !== topic.category_id
      ? changes.categoryId
      : undefined;
  const tags =
    changes.tags !== undefined && isFirst && changes.tags.join(',') !== topic.tags.join(',') ? changes.tags : undefined;
  if (raw === undefined && title === undefined && categoryId === undefined && tags === undefined) return null;

  const eventsOn = forum.settings.bool('calendar_enabled') && forum.settings.bool('discourse_post_event_enabled');
  const parsedEvent = raw !== undefined && eventsOn ? parseEvent(raw, isFirst) : null;
  if (raw !== undefined && validatePost) {
    const errors = [...bodyErrors(raw, isFirst, forum.settings), ...(parsedEvent?.errors ?? [])];
    if (errors.length > 0) throw recordErrors(errors);
  }
  if (title !== undefined) {
    // TopicTitleLengthValidator asks about the topic's creator, not the editor.
    const errors = titleErrors(title, forum.store.users.get(topic.user_id)?.admin === true, forum.settings);
    if (titleTaken(forum, title, categoryId ?? topic.category_id, topic.id)) errors.push('Title has already been used');
    if (errors.length > 0) throw recordErrors(errors);
  }

  const nowMs = forum.clock.now();
  const now = new Date(nowMs).toISOString();
  const modifications: Revision['modifications'] = {};
  if (raw !== undefined) modifications.raw = [post.raw, raw];
  if (title !== undefined) modifications.title = [topic.title, title];
  if (categoryId !== undefined) modifications.category_id = [topic.category_id, categoryId];
  const editReason = changes.editReason ?? null;
  const maxDiff = forum.settings.int(
    isStaff(editor) || editor.trust_level > 1
      ? 'editing_grace_period_max_diff_high_trust'
      : 'editing_grace_period_max_diff',
  );
  const bigEdit =
    raw !== undefined &&
    (Math.abs([...post.raw].length - [...raw].length) > maxDiff || diffSize(post.raw, raw) > maxDiff);
  const newVersion =
    post.last_editor_id !== editor.id ||
    nowMs - Date.parse(post.last_version_at) > forum.settings.int('editing_grace_period') * 1000 ||
    bigEdit ||
    (editReason !== null && editReason !== '' && editReason !== post.edit_reason);

  if (newVersion) {
    post.version += 1;
    post.revisions.push({
      number: post.version,
      user_id: editor.id,
      created_at: now,
      edit_reason: editReason,
      modifications,
    });
    post.last_version_at = now;
    post.edit_reason = editReason;
  } else {
    const latest = post.revisions[post.revisions.length - 1];
    if (latest && latest.number === post.version) {
      const merged = latest.modifications;
      if (modifications.raw) merged.raw = [merged.raw?.[0] ?? modifications.raw[0], modifications.raw[1]];
      if (modifications.title) merged.title = [merged.title?.[0] ?? modifications.title[0], modifications.title[1]];
      if (modifications.category_id) {
        merged.category_id = [
          merged.category_id ? merged.category_id[0] : modifications.category_id[0],
          modifications.category_id[1],
        ];
      }
      latest.created_at = now;
      if (editReason) latest.edit_reason = editReason;
    }
  }

  if (raw !== undefined) {
    post.raw = raw;
    post.cooked = cook(raw);
    if (parsedEvent) post.event = parsedEvent.event;
  }
  post.updated_at = now;
  post.last_editor_id = editor.id;
  if (title !== undefined) renameTopic(forum, topic, title);
  if (categoryId !== undefined) topic.category_id = categoryId;
  if (tags !== undefined) topic.tags = tags;
  topic.updated_at = now;

  const category = isFirst && raw !== undefined ? forum.store.categoryOfDefinitionTopic(topic.id) : undefined;
  if (!category) return null;
  // PostRevisor#update_category_description: the first paragraph, unless it is still the template's.
  const paragraph = firstParagraph(post.cooked);
  const templateStart = firstParagraph(cook(categoryPostTemplate))?.slice(0, 50) ?? '';
  category.description = paragraph === null || paragraph.startsWith(templateStart) ? null : paragraph;
  category.updated_at = now;
  return category;
}
