import { z } from 'astro/zod';
import { reading, searchWords, text } from './common.ts';
import { forChildren } from './audience.ts';
import { reviewFields } from './review.ts';

/** A family role (立場): one file in `content/roles/`, its file name is its URL. */
export const roleSchema = z.strictObject({
  name: text.describe('立場の名前。例: 子ども（ヤングケアラー）'),
  shortName: text.describe('短い呼び名。見出しやボタンに使います。例: 子ども'),
  reading: reading.describe('名前のふりがな（ひらがな）。検索に使います。例: こども'),
  aliases: z.array(text).default([]).describe('別の呼び方。検索に使います。例: [ヤングケアラー]'),
  searchWords: searchWords.describe(
    'この立場の人が、病気の家族を指して打ちこむ言葉。例: きょうだいなら [{ word: 兄, reading: あに }, { word: 妹, reading: いもうと }]',
  ),
  summary: text
    .max(120, { error: '120 文字以内にしてください。' })
    .describe('一覧に出す 1〜2 文の紹介（120 文字まで）。'),
  order: z.number({ error: '数字で書いてください。' }).int().default(100).describe('一覧での並び順（小さいほど先）。'),
  forChildren,
  ...reviewFields,
});

export type Role = z.infer<typeof roleSchema>;
