import { z } from 'astro/zod';
import { reading } from './common.ts';

/** A run of kanji, as the furigana step reads it: the CJK ideographs and 々. */
export const kanjiRun = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]+/gu;

const word = z.string().regex(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]/u);

/**
 * `content/furigana.yaml`: readings for words the automatic furigana reads wrong on pages for children, as
 * `言葉: よみ`. The kana in the word must come back in its reading (話す: はなす), so a reading always fits its word.
 */
export const furiganaDictionarySchema = z
  .record(word, reading, {
    error: '「言葉: よみ」の形で、漢字をふくむ言葉と、ひらがなの読みを書いてください（例: 家族会: かぞくかい）。',
  })
  .superRefine((words, ctx) => {
    for (const [written, read] of Object.entries(words)) {
      if (readingFits(written, read)) continue;
      ctx.addIssue({
        code: 'custom',
        path: [written],
        message: `読み「${read}」が言葉「${written}」に合いません。言葉の中のかなは、読みにもそのまま入れてください（例: 話す: はなす）。`,
      });
    }
  });

export type FuriganaDictionary = z.infer<typeof furiganaDictionarySchema>;

/** Whether a reading can be laid over its word: the kana of the word come back in it, in their places. */
export function readingFits(written: string, read: string): boolean {
  return readingPattern(written).test(read);
}

/** 申し込む → ^(.+)し(.+)む$: the kana of a word stand for themselves, each run of kanji for some reading. */
function readingPattern(written: string): RegExp {
  const parts = written.split(/([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]+)/u).filter(Boolean);
  const source = parts
    .map((part) => (new RegExp(kanjiRun.source, 'u').test(part) ? '(.+)' : escapeRegExp(toHiragana(part))))
    .join('');
  return new RegExp(`^${source}$`, 'u');
}

function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
