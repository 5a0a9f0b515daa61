/**
 * The forum settings the sync obeys, with Discourse's shipped defaults for when the forum cannot be asked
 * (the values Discourse uses for a Japanese-locale forum differ; reading the real ones avoids guessing).
 */
export interface ForumSettings {
  /** Where the values came from: the forum's own settings, or Discourse's defaults. */
  source: 'forum' | 'defaults';
  defaultLocale: string;
  minTopicTitleLength: number;
  maxTopicTitleLength: number;
  titleMinEntropy: number;
  titleMaxWordLength: number;
  titlePrettify: boolean;
  allowUppercasePosts: boolean;
  allowDuplicateTopicTitles: boolean;
  allowDuplicateTopicTitlesCategory: boolean;
  minFirstPostLength: number;
  maxPostLength: number;
  slugGenerationMethod: string;
  fixedCategoryPositions: boolean;
  calendarEnabled: boolean;
  postEventEnabled: boolean;
}

export const discourseDefaults: ForumSettings = {
  source: 'defaults',
  defaultLocale: 'en',
  minTopicTitleLength: 15,
  maxTopicTitleLength: 255,
  titleMinEntropy: 10,
  titleMaxWordLength: 30,
  titlePrettify: true,
  allowUppercasePosts: false,
  allowDuplicateTopicTitles: false,
  allowDuplicateTopicTitlesCategory: false,
  minFirstPostLength: 20,
  maxPostLength: 32000,
  slugGenerationMethod: 'ascii',
  fixedCategoryPositions: false,
  calendarEnabled: false,
  postEventEnabled: false,
};

const names: Record<Exclude<keyof ForumSettings, 'source'>, string> = {
  defaultLocale: 'default_locale',
  minTopicTitleLength: 'min_topic_title_length',
  maxTopicTitleLength: 'max_topic_title_length',
  titleMinEntropy: 'title_min_entropy',
  titleMaxWordLength: 'title_max_word_length',
  titlePrettify: 'title_prettify',
  allowUppercasePosts: 'allow_uppercase_posts',
  allowDuplicateTopicTitles: 'allow_duplicate_topic_titles',
  allowDuplicateTopicTitlesCategory: 'allow_duplicate_topic_titles_category',
  minFirstPostLength: 'min_first_post_length',
  maxPostLength: 'max_post_length',
  slugGenerationMethod: 'slug_generation_method',
  fixedCategoryPositions: 'fixed_category_positions',
  calendarEnabled: 'calendar_enabled',
  postEventEnabled: 'discourse_post_event_enabled',
};

/** The settings from `/admin/site_settings.json` (`{ site_settings: [{ setting, value }] }`); unknown ones keep the default. */
export function settingsFromAdminList(list: readonly { setting: string; value: unknown }[]): ForumSettings {
  const byName = new Map(list.map((entry) => [entry.setting, entry.value]));
  const settings: ForumSettings = { ...discourseDefaults, source: 'forum' };
  for (const [field, name] of Object.entries(names) as [Exclude<keyof ForumSettings, 'source'>, string][]) {
    if (!byName.has(name)) continue;
    const value = byName.get(name);
    const fallback = discourseDefaults[field];
    if (typeof fallback === 'number') {
      const number = Number(value);
      if (Number.isFinite(number)) (settings[field] as number) = number;
    } else if (typeof fallback === 'boolean') {
      (settings[field] as boolean) = value === true || value === 'true' || value === 't';
    } else if (typeof value === 'string') {
      (settings[field] as string) = value;
    }
  }
  return settings;
}

/** The calendar's `[event]` block only works when both of its settings are on. */
export function calendarAvailable(settings: ForumSettings): boolean {
  return settings.calendarEnabled && settings.postEventEnabled;
}

/** Discourse skips its longest-word rule for these locales, whose words are not separated by spaces. */
export function skipsWordLengthRule(settings: ForumSettings): boolean {
  return ['ja', 'ko', 'zh_CN', 'zh_TW'].includes(settings.defaultLocale);
}
