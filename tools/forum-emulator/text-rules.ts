import type { SiteSettings } from './settings.ts';

/** Ruby's String#length counts code points; JavaScript's counts UTF-16 units. */
export const charLength = (text: string): number => [...text].length;

const cjkLocales = new Set(['ja', 'ko', 'zh_CN', 'zh_TW']);

// Ruby's \s, String#strip and the awk-style String#split(' ') only know ASCII whitespace.
const firstWord = /^[\t\n\v\f\r ]*([^\t\n\v\f\r ]+)(?:[\t\n\v\f\r ]+([\s\S]*))?$/;
const trailingPeriods = /([^.])\.+([\t\n\v\f\r ]*)$/;
const spaceBeforeEndPunctuation = /[\t\n\v\f\r ]+([!?][\t\n\v\f\r ]*)$/;
const rubyStrip = /^[\t\n\v\f\r \0]+|[\t\n\v\f\r \0]+$/g;
/** TextCleaner.normalize_whitespaces: these become plain spaces. */
const unicodeSpaces = /[\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;

/**
 * TextCleaner.clean_title with TextCleaner.title_options: with title_prettify on, runs of ! and ? shrink to
 * one, an all-capitals title is lowered (unless allow_uppercase_posts), an all-lowercase first word is
 * capitalised, every period at the end goes (remove_all_periods_from_the_end) and, on an English forum, the
 * space before a final ! or ?. Always: runs of ASCII spaces become one (fixes_interior_spaces), other spaces
 * become plain ones, the ends are stripped and zero-width spaces removed — in that order, as Discourse does.
 */
export function cleanTitle(title: string, settings: SiteSettings): string {
  let text = title;
  if (settings.bool('title_prettify')) {
    text = text.replace(/!+/g, '!').replace(/\?+/g, '?');
    if (!settings.bool('allow_uppercase_posts') && text === text.toUpperCase()) text = text.toLowerCase();
    const words = firstWord.exec(text);
    const first = words?.[1];
    if (words && first !== undefined && first === first.toLowerCase()) {
      const [initial = '', ...others] = [...first];
      text = `${initial.toUpperCase()}${others.join('')}${words[2] !== undefined ? ` ${words[2]}` : ''}`;
    }
    text = text.replace(trailingPeriods, '$1$2');
    if (settings.str('default_locale') === 'en') text = text.replace(spaceBeforeEndPunctuation, '$1');
  }
  return text
    .replace(/ +/g, ' ')
    .replace(unicodeSpaces, ' ')
    .replace(rubyStrip, '')
    .replace(/\u200b/g, '');
}

/** TextSentinel: entropy is the number of distinct UTF-8 bytes. */
const entropy = (text: string): number => new Set(Buffer.from(text.trim(), 'utf8')).size;

/** TextSentinel#seems_quiet?: some lowercase or caseless (CJK) letter, no letter at all, or uppercase allowed. */
const seemsQuiet = (text: string, settings: SiteSettings): boolean =>
  settings.bool('allow_uppercase_posts') || /\p{Ll}|\p{Lo}/u.test(text) || !/\p{L}/u.test(text);

export function titleErrors(title: string, isAdmin: boolean, settings: SiteSettings): string[] {
  if (title.trim() === '') return ["Title can't be blank"];
  const errors: string[] = [];
  const min = isAdmin ? 1 : settings.int('min_topic_title_length');
  const max = settings.int('max_topic_title_length');
  const length = charLength(title);
  if (length < min) errors.push(`Title is too short (minimum is ${min} characters)`);
  if (length > max) errors.push(`Title is too long (maximum is ${max} characters)`);
  const minEntropy = Math.min(settings.int('title_min_entropy'), 0.7 * settings.int('min_topic_title_length'));
  const maxWord = settings.int('title_max_word_length');
  const longWord = new RegExp(`[\\p{L}\\p{N}]{${maxWord + 1},}`, 'u');
  const unclear =
    entropy(title) < minEntropy ||
    !/[\p{L}\p{N}]/u.test(title) ||
    (!cjkLocales.has(settings.str('default_locale')) && longWord.test(title)) ||
    !seemsQuiet(title, settings);
  if (unclear) errors.push('Title seems unclear, is it a complete sentence?');
  return errors;
}

/** Stripped length: HTML comments removed, an emoji :code: counts as one character. */
const strippedLength = (raw: string): number =>
  charLength(
    raw
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/:[a-z0-9_+-]+:/g, 'e')
      .trim(),
  );

export function bodyErrors(raw: string, firstPost: boolean, settings: SiteSettings): string[] {
  const errors: string[] = [];
  if (raw.trim() === '') errors.push("Body can't be blank");
  const min = settings.int(firstPost ? 'min_first_post_length' : 'min_post_length');
  const max = settings.int('max_post_length');
  const length = strippedLength(raw);
  if (length < min) errors.push(`Body is too short (minimum is ${min} characters)`);
  if (length > max) errors.push(`Body is too long (maximum is ${max} characters)`);
  if (errors.length === 0 && (entropy(raw) < settings.int('body_min_entropy') || !seemsQuiet(raw, settings))) {
    errors.push('Body seems unclear, is it a complete sentence?');
  }
  return errors;
}

/** Size of an edit, as the grace-period rule measures it: characters outside the common prefix and suffix. */
export function diffSize(before: string, after: string): number {
  const a = [...before];
  const b = [...after];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  return endA - start + (endB - start);
}
