import { aboutTitle, categoryPostTemplate, extrasFrom, readPermissions, validateCategory } from './category-rules.ts';
import { invalidAccess, notFound, parameterMissing } from './errors.ts';
import type { Forum, RequestContext } from './forum.ts';
import { asInt, truthy } from './forum.ts';
import type { Reply } from './errors.ts';
import { insertTopic, renameTopic } from './records.ts';
import { basicCategory, canSeeCategory, fullCategory, listingIndex } from './serialize-category.ts';
import type { Category, User } from './records-types.ts';

const ok = (body: unknown): Reply => ({ status: 200, body });

function requireAdmin(ctx: RequestContext): User {
  if (!ctx.user?.admin) throw invalidAccess();
  return ctx.user;
}

function findCategory(ctx: RequestContext, idOrSlug: string): Category {
  const id = asInt(idOrSlug);
  const category =
    id !== null
      ? ctx.forum.store.categories.get(id)
      : [...ctx.forum.store.categories.values()].find((c) => c.slug !== '' && c.slug === idOrSlug);
  if (!category || !canSeeCategory(ctx.user, category)) throw notFound();
  return category;
}

/** Category#create_category_definition: a pinned About topic whose first post is the template. */
export function addCategory(
  forum: Forum,
  user: User,
  fields: Omit<Category, 'id' | 'topic_id' | 'description' | 'created_at' | 'updated_at'>,
): Category {
  const now = forum.clock.iso();
  const category = forum.store.putCategory({
    ...fields,
    id: forum.store.take('category'),
    topic_id: null,
    description: null,
    created_at: now,
    updated_at: now,
  });
  const { topic } = insertTopic(forum, {
    title: aboutTitle(category.name),
    raw: categoryPostTemplate,
    categoryId: category.id,
    user,
    pinned: true,
  });
  category.topic_id = topic.id;
  forum.store.putCategory(category);
  return category;
}

function nextPosition(forum: Forum): number {
  let max = 0;
  for (const c of forum.store.categories.values()) max = Math.max(max, c.position);
  return max + 1;
}

/** POST /categories.json. `description` is not a permitted parameter and is dropped, as in the sheet's version. */
export function createCategory(ctx: RequestContext): Reply {
  const user = requireAdmin(ctx);
  const body = ctx.body;
  const name = typeof body['name'] === 'string' ? body['name'].trim() : '';
  if (name === '') throw parameterMissing('name');
  const parent =
    body['parent_category_id'] === undefined || body['parent_category_id'] === null
      ? null
      : asInt(body['parent_category_id']);
  const draft = {
    name,
    slug: typeof body['slug'] === 'string' ? body['slug'] : '',
    color: typeof body['color'] === 'string' ? body['color'] : '0088CC',
    text_color: typeof body['text_color'] === 'string' ? body['text_color'] : 'FFFFFF',
    parent_category_id: parent,
    permissions: body['permissions'] === undefined ? { everyone: 1 } : readPermissions(ctx.forum, body['permissions']),
  };
  const slug = validateCategory(ctx.forum, draft, null, typeof body['slug'] === 'string');
  const category = addCategory(ctx.forum, user, {
    ...draft,
    slug,
    position: asInt(body['position']) ?? nextPosition(ctx.forum),
    extras: extrasFrom(body),
  });
  return ok({ category: fullCategory(ctx.forum, category, ctx.user) });
}

/** PUT /categories/{id}.json. */
export function updateCategory(ctx: RequestContext): Reply {
  requireAdmin(ctx);
  const category = findCategory(ctx, ctx.path['id'] ?? '');
  const body = ctx.body;
  const name = typeof body['name'] === 'string' ? body['name'].trim() : category.name;
  const parent =
    'parent_category_id' in body
      ? body['parent_category_id'] === null || body['parent_category_id'] === ''
        ? null
        : asInt(body['parent_category_id'])
      : category.parent_category_id;
  const slugGiven = typeof body['slug'] === 'string' ? body['slug'] !== '' : category.slug !== '';
  const draft = {
    name,
    slug: typeof body['slug'] === 'string' ? body['slug'] : category.slug,
    color: typeof body['color'] === 'string' ? body['color'] : category.color,
    text_color: typeof body['text_color'] === 'string' ? body['text_color'] : category.text_color,
    parent_category_id: parent,
    permissions: 'permissions' in body ? readPermissions(ctx.forum, body['permissions']) : category.permissions,
  };
  const slug = validateCategory(ctx.forum, draft, category, slugGiven);
  const oldName = category.name;
  Object.assign(category, draft, {
    slug,
    position: asInt(body['position']) ?? category.position,
    extras: extrasFrom(body, category.extras),
    updated_at: ctx.forum.clock.iso(),
  });
  const about = category.topic_id === null ? undefined : ctx.forum.store.topics.get(category.topic_id);
  if (about && oldName !== name && about.title === aboutTitle(oldName)) renameTopic(ctx.forum, about, aboutTitle(name));
  return ok({ success: 'OK', category: fullCategory(ctx.forum, category, ctx.user) });
}

export function showCategory(ctx: RequestContext): Reply {
  const category = findCategory(ctx, ctx.path['id'] ?? '');
  return ok({ category: fullCategory(ctx.forum, category, ctx.user) });
}

/**
 * GET /categories/find.json?ids[]=…: the listed categories the caller can see (404 when none is). With
 * `include_permissions` (any value: the controller only checks it is present) each comes as CategorySerializer,
 * group_permissions included; without it as the site's short form. The `slug_path` forms are not emulated.
 */
export function findCategories(ctx: RequestContext): Reply {
  const given = ctx.query['ids'];
  const ids = new Set((Array.isArray(given) ? given : given === undefined ? [] : [given]).map(asInt));
  const index = listingIndex(ctx.forum);
  const categories = [...ctx.forum.store.categories.values()].filter(
    (c) => ids.has(c.id) && canSeeCategory(ctx.user, c),
  );
  if (categories.length === 0) throw notFound();
  const withPermissions = ctx.query['include_permissions'] !== undefined;
  return ok({
    categories: categories.map((c) =>
      withPermissions ? fullCategory(ctx.forum, c, ctx.user) : basicCategory(ctx.forum, c, index, ctx.user),
    ),
  });
}

const byPosition = (a: Category, b: Category): number => a.position - b.position || a.id - b.id;

/** GET /categories.json: top level (or one parent's children), each with subcategory_ids. */
export function listCategories(ctx: RequestContext): Reply {
  const { forum, user } = ctx;
  const index = listingIndex(forum);
  const parentId = asInt(ctx.query['parent_category_id']);
  const withSubcategories = truthy(ctx.query['include_subcategories']);
  const visibleChildren = (id: number | null): Category[] =>
    (index.children.get(id) ?? []).filter((c) => canSeeCategory(user, c)).sort(byPosition);
  const categories = visibleChildren(parentId)
    .filter((c) => c.id !== 1 || forum.settings.bool('allow_uncategorized_topics'))
    .map((c) => {
      const children = visibleChildren(c.id);
      return {
        ...basicCategory(forum, c, index, user),
        subcategory_ids: children.map((child) => child.id),
        ...(withSubcategories
          ? { subcategory_list: children.map((child) => basicCategory(forum, child, index, user)) }
          : {}),
      };
    });
  return ok({ category_list: { can_create_category: !!user?.admin, can_create_topic: !!user, categories } });
}

/** GET /site.json: the flat inventory of every category the caller can see. */
export function site(ctx: RequestContext): Reply {
  const { forum, user } = ctx;
  const index = listingIndex(forum);
  const categories = [...forum.store.categories.values()]
    .filter((c) => canSeeCategory(user, c))
    .sort(byPosition)
    .map((c) => basicCategory(forum, c, index, user));
  return ok({
    default_archetype: 'regular',
    post_types: { regular: 1, moderator_action: 2, small_action: 3, whisper: 4 },
    trust_levels: { newuser: 0, basic: 1, member: 2, regular: 3, leader: 4 },
    groups: [...forum.store.groups.values()].map((g) => ({
      id: g.id,
      name: g.name,
      flair_url: null,
      flair_bg_color: null,
      flair_color: null,
    })),
    uncategorized_category_id: 1,
    can_create_tag: !!user?.admin,
    can_tag_topics: forum.settings.bool('tagging_enabled'),
    categories,
  });
}
