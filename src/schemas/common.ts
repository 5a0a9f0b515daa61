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

/**
 * Words people type that lead to a page without being its name or another name of it: the diagnoses a family
 * community serves (統合失調症), the family words that point to a role (兄 → きょうだい). A word with kanji carries its
 * reading, so a visitor typing it in kana finds it too.
 */
export const searchWords = z
  .array(
    z
      .strictObject({
        word: text.describe('検索で使われる言葉。例: 統合失調症'),
        reading: reading
          .optional()
          .describe('その言葉のふりがな（ひらがな）。漢字を含む言葉には必ず書きます。例: とうごうしっちょうしょう'),
      })
      .refine((entry) => entry.reading !== undefined || !/\p{Script=Han}/u.test(entry.word), {
        error:
          '漢字を含む言葉には、ふりがな（reading）を書いてください（例: { word: 統合失調症, reading: とうごうしっちょうしょう }）。',
        path: ['reading'],
      }),
    { error: '「- { word: …, reading: … }」のリストで書いてください。' },
  )
  .default([]);

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
 * YAML readers differ: `js-yaml` (Astro) turns unquoted timestamps into Date objects, `yaml` (the checker) keeps
 * the text. A Date is turned back into ISO text so both are checked alike; a Date cannot tell what was written,
 * so the checker, which reads the text and runs before every build, is the one that names a mistake.
 */
function dateToIsoText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value;
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 allows leaving out the seconds: 2027-03-31T22:00+09:00 is a moment as much as 22:00:00.
const isoMoment = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Why `text` is not a calendar day that exists, or undefined when it is one. */
function dayProblem(text: string): string | undefined {
  const match = isoDay.exec(text);
  if (!match) return '日付は「2026-11-23」の形で書いてください。';
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  const lastDate = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && date >= 1 && date <= lastDate
    ? undefined
    : `「${text}」という日はありません。日付を確かめてください。`;
}

/** Why `text` is not a moment with its UTC offset, or undefined when it is one. */
function momentProblem(text: string): string | undefined {
  const match = isoMoment.exec(text);
  if (!match) {
    return isoDay.test(text)
      ? '時刻がありません。「2026-12-05T14:00:00+09:00」のように、日付のあとに T と時刻を書き、最後に +09:00 を付けてください。'
      : '日時は「2026-12-05T14:00:00+09:00」の形（日付、T、時刻、最後に +09:00）で書いてください。';
  }
  const [, day = '', hour, minute, seconds, offset] = match;
  const wrongDay = dayProblem(day);
  if (wrongDay) return wrongDay;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(seconds ?? 0) > 59) {
    return `「${hour}:${minute}${seconds === undefined ? '' : `:${seconds}`}」という時刻はありません。00:00〜23:59 の時刻を書いてください。`;
  }
  if (offset === undefined) return '日時は「2026-12-05T14:00:00+09:00」の形で、最後に +09:00 を付けて書いてください。';
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4)) > 59)) {
    return `時差「${offset}」は正しくありません。日本時間なら +09:00 にしてください。`;
  }
  return undefined;
}

/** A string schema that accepts what `problemOf` finds nothing wrong with, and says its finding otherwise. */
function textWith(problemOf: (text: string) => string | undefined, typeError: string) {
  return z.string({ error: typeError }).superRefine((text, ctx) => {
    const problem = problemOf(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** A moment with its UTC offset, e.g. 2026-12-05T14:00:00+09:00 (the seconds may be left out). */
export const dateTime = z.preprocess(
  dateToIsoText,
  textWith(momentProblem, '日時は「2026-12-05T14:00:00+09:00」の形で、最後に +09:00 を付けて書いてください。'),
);

/** A calendar day, e.g. 2026-11-23. */
export const day = z.preprocess(
  (value) => {
    const iso = dateToIsoText(value);
    return typeof iso === 'string' && value instanceof Date ? iso.slice(0, 10) : iso;
  },
  textWith(dayProblem, '日付は「2026-11-23」の形で書いてください。'),
);
