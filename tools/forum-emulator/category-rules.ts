import { invalidParameters, recordErrors, serverError } from './errors.ts';
import type { Forum } from './forum.ts';
import { asInt, slugMethod } from './forum.ts';
import type { Params } from './http-io.ts';
import { slugFor } from './slug.ts';
import type { Category } from './records-types.ts';
import { charLength } from './text-rules.ts';

/** The first post of every About topic until someone replaces it (I18n category.post_template). */
export const categoryPostTemplate =
  '[Replace this first paragraph with a brief description of your new category. This guidance will appear ' +
  'in the category selection area, so try to keep it below 200 characters.]\n\nUse the following paragraphs ' +
  'for a longer description, or to establish category guidelines or rules:\n\n- Why should people use this ' +
  'category? What is it for?\n\n- How exactly is this different than the other categories we already have?\n\n- ' +
  'What should topics in this category generally contain?\n\n- Do we need this category? Can we merge with ' +
  'another category, or subcategory?\n';

export const aboutTitle = (name: string): string => `About the ${name} category`;

/** Parameters categories#create/update permit besides the ones validated here; others are dropped. */
const storedCategoryParams = [
  'topic_template',
  'sort_order',
  'sort_ascending',
  'show_subcategory_list',
  'num_featured_topics',
  'default_view',
  'default_top_period',
  'default_list_filter',
  'minimum_required_tags',
  'subcategory_list_style',
  'allow_badges',
  'search_priority',
  'read_only_banner',
  'auto_close_hours',
  'custom_fields',
  'topic_featured_links_allowed',
];

export interface CategoryDraft {
  name: string;
  slug: string;
  color: string;
  text_color: string;
  parent_category_id: number | null;
  permissions: Record<string, number>;
}

const hex = /^(?:[0-9a-fA-F]{3}){1,2}$/;

export function readPermissions(forum: Forum, value: unknown): Record<string, number> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalidParameters('permissions');
  const result: Record<string, number> = {};
  for (const [group, level] of Object.entries(value as Params)) {
    const permission = asInt(level);
    if (permission === null || permission < 1 || permission > 3) throw invalidParameters('permissions');
    // Group[name] raises ArgumentError "unknown group", which Discourse does not rescue: a bare 500.
    const known = forum.store.groupByName(group);
    if (!known) throw serverError();
    result[known.name] = permission;
  }
  return result;
}

/** Category validations (app/models/category.rb): name, colours, parent, slug. Returns the final slug. */
export function validateCategory(
  forum: Forum,
  draft: CategoryDraft,
  existing: Category | null,
  slugGiven: boolean,
): string {
  const errors: string[] = [];
  const siblings = forum.store.childrenOf(draft.parent_category_id).filter((c) => c.id !== existing?.id);
  const nameChanged =
    !existing || existing.name !== draft.name || existing.parent_category_id !== draft.parent_category_id;
  if (nameChanged) {
    if (draft.name === '') errors.push("Category Name can't be blank");
    if (charLength(draft.name) > 50) errors.push('Category Name is too long (maximum is 50 characters)');
    if (siblings.some((c) => c.name.toLowerCase() === draft.name.toLowerCase())) {
      errors.push('Category Name has already been taken');
    }
  }
  if (!hex.test(draft.color)) errors.push('Color is invalid');
  if (!hex.test(draft.text_color)) errors.push('Text color is invalid');
  if (draft.parent_category_id !== null) {
    const parent = forum.store.categories.get(draft.parent_category_id);
    if (!parent) errors.push('Parent category does not exist');
    else if (parent.id === existing?.id) errors.push('A subcategory cannot be its own parent');
    else if (parent.id === 1) errors.push('You can’t use Uncategorized as a parent category');
    else {
      let depth = 2;
      for (
        let up = parent.parent_category_id;
        up !== null;
        up = forum.store.categories.get(up)?.parent_category_id ?? null
      )
        depth += 1;
      if (depth > forum.settings.int('max_category_nesting')) errors.push('You can’t nest subcategories this deep');
      if (existing && forum.store.childrenOf(existing.id).length > 0)
        errors.push('A category with subcategories cannot be a subcategory');
    }
  }
  let slug = draft.slug;
  if (slugGiven && slug !== '') {
    const method = slugMethod(forum);
    const source = method === 'encoded' ? safeDecode(slug) : slug;
    slug = slugFor(source, '', 'encoded');
    if (slug === '' || slug === 'none') errors.push('Slug is invalid');
    else if (method === 'ascii' && !/^\p{ASCII}*$/u.test(safeDecode(slug)))
      errors.push('Slug contains non-ascii characters');
    else if (siblings.some((c) => c.slug === slug)) errors.push('Slug is already in use');
  } else {
    slug = slugFor(draft.name, '', slugMethod(forum));
    if (siblings.some((c) => c.slug !== '' && c.slug === slug)) slug = '';
  }
  const reserved = /^(\d+)-category/.exec(slug);
  if (reserved && (!existing || reserved[1] !== String(existing.id))) errors.push('Slug is invalid');
  if (errors.length > 0) throw recordErrors(errors);
  return slug;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function extrasFrom(body: Params, previous: Record<string, unknown> = {}): Record<string, unknown> {
  const extras = { ...previous };
  for (const key of storedCategoryParams) if (key in body) extras[key] = body[key];
  return extras;
}
