import type { Reply } from './errors.ts';
import { editConflict, invalidAccess, invalidParameters, notFound, parameterMissing, recordErrors } from './errors.ts';
import type { Forum, RequestContext } from './forum.ts';
import { asInt, isStaff } from './forum.ts';
import type { Params } from './http-io.ts';
import { revise } from './revisor.ts';
import { basicCategory, listingIndex } from './serialize-category.ts';
import { canSeeTopic, postJson, userJson } from './serialize.ts';
import type { Post, User } from './records-types.ts';

/** find_post_using: staff also find deleted posts; a post the caller may not see is a 403. */
function visiblePost(ctx: RequestContext, post: Post | undefined): Post {
  if (!post || (post.deleted_at !== null && !isStaff(ctx.user))) throw notFound();
  const topic = ctx.forum.store.topics.get(post.topic_id);
  if (!topic) throw notFound();
  if (!canSeeTopic(ctx.forum, ctx.user, topic)) throw invalidAccess();
  return post;
}

export function showPost(ctx: RequestContext): Reply {
  const id = asInt(ctx.path['id']);
  const post = visiblePost(ctx, id === null ? undefined : ctx.forum.store.posts.get(id));
  return { status: 200, body: postJson(ctx.forum, post, ctx.user, true) };
}

export function showPostByNumber(ctx: RequestContext): Reply {
  const topic = ctx.forum.store.topics.get(asInt(ctx.path['topic_id']) ?? -1);
  const number = asInt(ctx.path['post_number']);
  const post = topic?.post_ids.map((id) => ctx.forum.store.posts.get(id)).find((p) => p?.post_number === number);
  return { status: 200, body: postJson(ctx.forum, visiblePost(ctx, post), ctx.user, true) };
}

/** Applies an edit as `editor`; shared by PUT /posts/{id}.json and the emulator's "edit as a forum member". */
export function editPost(forum: Forum, post: Post, editor: User, body: Params): Reply {
  const fields = (body['post'] ?? {}) as Params;
  if (
    typeof fields['original_text'] === 'string' &&
    fields['original_text'] !== '' &&
    fields['original_text'] !== post.raw
  ) {
    throw editConflict();
  }
  let categoryId: number | undefined;
  if (post.post_number === 1 && fields['category_id'] !== undefined && fields['category_id'] !== null) {
    categoryId = asInt(fields['category_id']) ?? -1;
    const topic = forum.store.topics.get(post.topic_id);
    if (categoryId !== topic?.category_id && !forum.store.categories.get(categoryId)) {
      throw recordErrors(['Category not found']);
    }
  }
  const category = revise(
    forum,
    post,
    editor,
    {
      ...(typeof fields['raw'] === 'string' ? { raw: fields['raw'] } : {}),
      ...(typeof body['title'] === 'string' ? { title: body['title'] } : {}),
      ...(categoryId !== undefined ? { categoryId } : {}),
      editReason: typeof fields['edit_reason'] === 'string' ? fields['edit_reason'] : null,
    },
    true,
  );
  return {
    status: 200,
    body: {
      post: postJson(forum, post, editor, true),
      ...(category ? { category: basicCategory(forum, category, listingIndex(forum), editor) } : {}),
    },
  };
}

/** PUT /posts/{id}.json. */
export function updatePost(ctx: RequestContext): Reply {
  if (!ctx.body['post'] || typeof ctx.body['post'] !== 'object') throw parameterMissing('post');
  const id = asInt(ctx.path['id']);
  const post = id === null ? undefined : ctx.forum.store.posts.get(id);
  if (!post || (post.deleted_at !== null && !isStaff(ctx.user))) throw notFound();
  const user = ctx.user;
  // Guardian#can_edit_post: staff edit any post, others their own.
  if (!user || (!isStaff(user) && user.id !== post.user_id)) throw invalidAccess();
  return editPost(ctx.forum, post, user, ctx.body);
}

/** GET /posts/{id}/revisions/{n}.json and /revisions/latest.json (PostRevisionSerializer, abridged). */
export function showRevision(ctx: RequestContext): Reply {
  const id = asInt(ctx.path['id']);
  const post = visiblePost(ctx, id === null ? undefined : ctx.forum.store.posts.get(id));
  const wanted = ctx.path['revision'] === 'latest' ? post.version : asInt(ctx.path['revision']);
  if (wanted === null || wanted < 2) throw invalidParameters('revision');
  const revision = post.revisions.find((r) => r.number === wanted);
  if (!revision) throw notFound();
  const editor = ctx.forum.store.users.get(revision.user_id);
  const numbers = post.revisions.map((r) => r.number);
  const index = numbers.indexOf(wanted);
  const { raw, title, category_id } = revision.modifications;
  return {
    status: 200,
    body: {
      created_at: revision.created_at,
      post_id: post.id,
      previous_hidden: false,
      current_hidden: false,
      first_revision: numbers[0] ?? null,
      previous_revision: index > 0 ? numbers[index - 1] : null,
      current_revision: wanted,
      next_revision: numbers[index + 1] ?? null,
      last_revision: numbers[numbers.length - 1] ?? null,
      current_version: wanted,
      version_count: post.version,
      avatar_template: userJson(editor)?.avatar_template ?? null,
      username: editor?.username ?? null,
      display_username: editor?.name ?? null,
      edit_reason: revision.edit_reason,
      ...(raw
        ? {
            body_changes: {
              inline: `<div class="inline-diff"><del>${raw[0]}</del><ins>${raw[1]}</ins></div>`,
              side_by_side: '',
              side_by_side_markdown: '',
            },
          }
        : {}),
      ...(title
        ? { title_changes: { inline: `<div class="inline-diff"><del>${title[0]}</del><ins>${title[1]}</ins></div>` } }
        : {}),
      ...(category_id ? { category_id_changes: { previous: category_id[0], current: category_id[1] } } : {}),
      wiki: false,
      can_edit: !!ctx.user?.admin,
    },
  };
}
