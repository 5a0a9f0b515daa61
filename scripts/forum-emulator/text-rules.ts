import type { SiteSettings } from './settings.ts';

/** Ruby's String#length counts code points; JavaScript's counts UTF-16 units. */
export const charLength = (text: string): number => [...text].length;

const cjkLocales = new Set(['ja', 'ko', 'zh_CN', 'zh_TW']);

/** TextCleaner.clean_title with the title_options of the site settings. */
export function cleanTitle(title: string, settings: SiteSettings): string {
  let text = title.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/gu, ' ').trim();
  if (settings.bool('title_prettify')) {
    text = text.replace(/!{2,}/g, '!').replace(/\?{2,}/g, '?');
    if (/[A-Z]/.test(text) && text === text.toUpperCase()) text = text.charAt(0) + text.slice(1).toLowerCase();
    text = text.replace(/^[a-z]/, (first) => first.toUpperCase());
    text = text.replace(/([^.])\.(\s*)$/, '$1$2');
  }
  return text;
}

/** TextSentinel: entropy is the number of distinct UTF-8 bytes. */
const entropy = (text: string): number => new Set(Buffer.from(text.trim(), 'utf8')).size;

const seemsQuiet = (text: string): boolean => !/[A-Z]/.test(text) || text.toUpperCase() !== text;

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
    !seemsQuiet(title);
  if (unclear) errors.push('Title seems unclear, is it a complete sentence?');
  return errors;
}

/** Stripped length: HTML comments removed, an emoji :code: counts as one character. */
const strippedLength = (raw: string): number =>
  charLength(raw.replace(/<!--[\s\S]*?-->/g, '').replace(/:[a-z0-9_+-]+:/g, 'e').trim());

export function bodyErrors(raw: string, firstPost: boolean, settings: SiteSettings): string[] {
  const errors: string[] = [];
  if (raw.trim() === '') errors.push("Body can't be blank");
  const min = settings.int(firstPost ? 'min_first_post_length' : 'min_post_length');
  const max = settings.int('max_post_length');
  const length = strippedLength(raw);
  if (length < min) errors.push(`Body is too short (minimum is ${min} characters)`);
  if (length > max) errors.push(`Body is too long (maximum is ${max} characters)`);
  if (errors.length === 0 && (entropy(raw) < settings.int('body_min_entropy') || !seemsQuiet(raw))) {
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
