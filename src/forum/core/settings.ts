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
  /**
   * Whether the key's user is an admin. Discourse lets a topic an admin creates have a title of any length up to
   * the maximum (TopicTitleLengthValidator). Known when the forum answered its admin-only settings list.
   */
  creatorIsAdmin: boolean;
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
  creatorIsAdmin: false,
};

/**
 * Whether posts carry the calendar's `[event]` block: the content asks for it and the forum has the calendar on.
 * A forum whose settings could not be read is taken at its word that it has (the block then shows as text at worst).
 */
export function writesCalendarBlocks(contentAsks: boolean, settings: ForumSettings): boolean {
  return contentAsks && (settings.source === 'defaults' || (settings.calendarEnabled && settings.postEventEnabled));
}

/** Discourse skips its longest-word rule for these locales, whose words are not separated by spaces. */
export function skipsWordLengthRule(settings: ForumSettings): boolean {
  return ['ja', 'ko', 'zh_CN', 'zh_TW'].includes(settings.defaultLocale);
}
