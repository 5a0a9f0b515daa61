/**
 * The title as Discourse will store it (TextCleaner.clean_title). Comparing against this, not the content's
 * text, keeps a title Discourse tidied from being "changed" again on every run.
 */

const discourseWhitespace = /[\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;

export interface TitleRules {
  /** The forum's `title_prettify` setting (on by default, off for Japanese-locale forums). */
  prettify: boolean;
  /** The forum's `allow_uppercase_posts` setting. */
  allowUppercase: boolean;
}

export function cleanTitle(title: string, rules: TitleRules): string {
  let text = title;
  if (rules.prettify) {
    text = text.replace(/!+/g, '!').replace(/\?+/g, '?');
    if (!rules.allowUppercase && /[A-Z]+/.test(text) && text === text.toUpperCase()) {
      text = text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
    }
    text = text.replace(/^([a-z]*)\b/, (first) => first.charAt(0).toUpperCase() + first.slice(1));
    text = text.replace(/([^.])\.+(\s*)$/, '$1$2');
  }
  text = text.replace(/ +/g, ' ').replace(discourseWhitespace, ' ').trim().replace(/\u200b/g, '');
  return text;
}
