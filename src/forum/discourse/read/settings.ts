import { discourseDefaults, type ForumSettings } from '../../core/settings.ts';
import type { DiscourseApi } from '../api.ts';
import type { SiteSetting } from '../api-shapes.ts';

/**
 * The forum's settings the sync obeys (GET /admin/site_settings.json), read first: the desired state depends on
 * them (the calendar's `[event]` blocks), and so do the limits it is checked against. Discourse's defaults when
 * the key may not read them.
 */
export async function readForumSettings(api: DiscourseApi): Promise<ForumSettings> {
  const list = await api.siteSettings();
  return list ? settingsFromAdminList(list) : discourseDefaults;
}

/** The settings from `{ site_settings: [{ setting, value }] }`, by Discourse's names; an unknown or unreadable one keeps the default. */
function settingsFromAdminList(list: readonly SiteSetting[]): ForumSettings {
  const byName = new Map(list.map((entry) => [entry.setting, entry.value]));
  const number = (name: string, fallback: number) => {
    const value = Number(byName.get(name));
    return byName.has(name) && Number.isFinite(value) ? value : fallback;
  };
  const flag = (name: string, fallback: boolean) => {
    const value = byName.get(name);
    return byName.has(name) ? value === true || value === 'true' || value === 't' : fallback;
  };
  const text = (name: string, fallback: string) => {
    const value = byName.get(name);
    return typeof value === 'string' ? value : fallback;
  };
  const defaults = discourseDefaults;
  return {
    source: 'forum',
    defaultLocale: text('default_locale', defaults.defaultLocale),
    minTopicTitleLength: number('min_topic_title_length', defaults.minTopicTitleLength),
    maxTopicTitleLength: number('max_topic_title_length', defaults.maxTopicTitleLength),
    titleMinEntropy: number('title_min_entropy', defaults.titleMinEntropy),
    titleMaxWordLength: number('title_max_word_length', defaults.titleMaxWordLength),
    titlePrettify: flag('title_prettify', defaults.titlePrettify),
    allowUppercasePosts: flag('allow_uppercase_posts', defaults.allowUppercasePosts),
    allowDuplicateTopicTitles: flag('allow_duplicate_topic_titles', defaults.allowDuplicateTopicTitles),
    allowDuplicateTopicTitlesCategory: flag(
      'allow_duplicate_topic_titles_category',
      defaults.allowDuplicateTopicTitlesCategory,
    ),
    minFirstPostLength: number('min_first_post_length', defaults.minFirstPostLength),
    maxPostLength: number('max_post_length', defaults.maxPostLength),
    slugGenerationMethod: text('slug_generation_method', defaults.slugGenerationMethod),
    fixedCategoryPositions: flag('fixed_category_positions', defaults.fixedCategoryPositions),
    calendarEnabled: flag('calendar_enabled', defaults.calendarEnabled),
    postEventEnabled: flag('discourse_post_event_enabled', defaults.postEventEnabled),
    // Discourse answers /admin/… to admins only (anyone else gets 404): having the list says who the key is.
    creatorIsAdmin: true,
  };
}
