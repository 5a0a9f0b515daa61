import type { ForumSettings } from './settings.ts';

/**
 * The title as Discourse will store it (TextCleaner.clean_title). Comparing against this, not the content's
 * text, keeps a title Discourse tidied from being "changed" again on every run.
 */

// Ruby's \s, String#strip and the awk-style String#split(' ') only know ASCII whitespace.
const firstWord = /^[\t\n\v\f\r ]*([^\t\n\v\f\r ]+)(?:[\t\n\v\f\r ]+([\s\S]*))?$/;
const trailingPeriods = /([^.])\.+([\t\n\v\f\r ]*)$/;
const spaceBeforeEndPunctuation = /[\t\n\v\f\r ]+([!?][\t\n\v\f\r ]*)$/;
const rubyStrip = /^[\t\n\v\f\r \0]+|[\t\n\v\f\r \0]+$/g;
/** TextCleaner.normalize_whitespaces turns these into plain spaces, in titles and posts alike. */
export const discourseWhitespace = /[\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;

export interface TitleRules {
  /** The forum's `title_prettify` setting (on by default, off for Japanese-locale forums). */
  prettify: boolean;
  /** The forum's `allow_uppercase_posts` setting. */
  allowUppercase: boolean;
  /** The forum's `default_locale`: only an English forum drops the space before a closing ! or ?. */
  locale: string;
}

export const titleRules = (settings: ForumSettings): TitleRules => ({
  prettify: settings.titlePrettify,
  allowUppercase: settings.allowUppercasePosts,
  locale: settings.defaultLocale,
});

/**
 * With title_prettify: one ! or ? where there were several, an all-capitals title lowered (unless capitals are
 * allowed), an all-lowercase first word capitalised, every period at the end removed, and on an English forum
 * the space before a closing ! or ?. Always: runs of spaces become one, other spaces plain ones, the ends are
 * trimmed and zero-width spaces removed — in Discourse's order.
 */
export function cleanTitle(title: string, rules: TitleRules): string {
  let text = title;
  if (rules.prettify) {
    text = text.replace(/!+/g, '!').replace(/\?+/g, '?');
    if (!rules.allowUppercase && text === text.toUpperCase()) text = text.toLowerCase();
    const words = firstWord.exec(text);
    const first = words?.[1];
    if (words && first !== undefined && first === first.toLowerCase()) {
      const [initial = '', ...rest] = [...first];
      text = `${initial.toUpperCase()}${rest.join('')}${words[2] !== undefined ? ` ${words[2]}` : ''}`;
    }
    text = text.replace(trailingPeriods, '$1$2');
    if (rules.locale === 'en') text = text.replace(spaceBeforeEndPunctuation, '$1');
  }
  return text
    .replace(/ +/g, ' ')
    .replace(discourseWhitespace, ' ')
    .replace(rubyStrip, '')
    .replace(/\u200b/g, '');
}
