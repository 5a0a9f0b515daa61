/** lib/slug.rb: the three slug_generation_method values. */
export type SlugMethod = 'ascii' | 'encoded' | 'none';

// Reserved and special characters stripped by the encoded generator (Slug::CHAR_FILTER_REGEXP).
const charFilter = /[:/?#[\]@!$&'()*+,;=_.~%\\`^\s|{}"<>]+/gu;

function asciiGenerator(text: string): string {
  // ActiveSupport's parameterize: transliterate, then every run of other characters becomes one dash.
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{ASCII}]/gu, '-')
    .toLowerCase()
    .replace(/[^a-z0-9\-_]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

function encodedGenerator(text: string): string {
  const cleaned = text.trim().replace(/\s+/gu, '-').replace(charFilter, '').toLowerCase();
  return encodeURIComponent(cleaned);
}

function squeezeDashes(slug: string): string {
  return slug.replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
}

/** Slug.for(string, default, method:). Purely numeric slugs fall back to the default too. */
export function slugFor(text: string, fallback: string, method: SlugMethod): string {
  let slug = '';
  if (method === 'ascii') slug = asciiGenerator(text);
  else if (method === 'encoded') slug = squeezeDashes(encodedGenerator(text));
  return slug === '' || /^\d+$/.test(slug) ? fallback : slug;
}

export function topicSlug(title: string, method: SlugMethod): string {
  return slugFor(title, 'topic', method);
}
