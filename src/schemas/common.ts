import { z } from 'astro/zod';

/**
 * Building blocks shared by the content schemas. Messages are written for the
 * staff who edit `content/`: they say what to write, not what went wrong inside.
 */

/** An entry's slug or a forum slug: lowercase ASCII letters, digits and single hyphens. */
export const slug = z
  .string({ error: '半角英数字とハイフンで書いてください（例: scleroderma）。' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: '半角の小文字英数字とハイフンだけで書いてください（例: family-salon-parent）。',
  });

/** Text that must not be empty. */
export const text = z
  .string({ error: '文字で書いてください。' })
  .trim()
  .min(1, { error: '空になっています。内容を書いてください。' });

/** A list of non-empty texts with at least one item. */
export const textList = z
  .array(text, { error: '「- 」で始まる行を並べたリストで書いてください。' })
  .min(1, { error: '少なくとも1つ書いてください。' });

/** Reading in hiragana (spaces, ・ and ー allowed). */
export const reading = z
  .string({ error: 'ふりがなを、ひらがなで書いてください。' })
  .regex(/^[\p{Script=Hiragana}ー・ 　]+$/u, {
    error: 'ふりがなは、ひらがなだけで書いてください（例: きょうひしょう）。',
  });

/** An absolute https URL. */
export const httpsUrl = z
  .string({ error: 'URL を書いてください（https:// で始まるもの）。' })
  .trim()
  .refine((value) => isHttpsUrl(value), {
    error: 'https:// で始まる正しい URL を書いてください（全角文字や空白が入っていないか確かめてください）。',
  });

function isHttpsUrl(value: string): boolean {
  if (!/^https:\/\/[\x21-\x7e]+$/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** A colour as six hex digits, with or without a leading #; stored without it, as Discourse wants. */
export const hexColor = z
  .string({ error: '色を 6 桁の16進数で書いてください（例: "#3A7D44"）。' })
  .regex(/^#?[0-9a-fA-F]{6}$/, { error: '色は 6 桁の16進数で書いてください（例: "#3A7D44"）。' })
  .transform((value) => value.replace(/^#/, '').toUpperCase());

/**
 * YAML readers differ: `js-yaml` (Astro) turns unquoted timestamps into Date objects, `yaml`
 * (the checker) keeps strings. Both arrive here as the ISO text the staff wrote.
 */
function dateToIsoText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value;
}

/** A moment with its UTC offset, e.g. 2026-12-05T14:00:00+09:00. */
export const dateTime = z.preprocess(
  dateToIsoText,
  z.iso.datetime({
    offset: true,
    local: false,
    error: '日時は「2026-12-05T14:00:00+09:00」の形で、最後に +09:00 を付けて書いてください。',
  }),
);

/** A calendar day, e.g. 2026-11-23. */
export const day = z.preprocess(
  (value) => {
    const iso = dateToIsoText(value);
    return typeof iso === 'string' && value instanceof Date ? iso.slice(0, 10) : iso;
  },
  z.iso.date({ error: '日付は「2026-11-23」の形で書いてください。' }),
);

export type Slug = z.infer<typeof slug>;
