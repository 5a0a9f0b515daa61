import { z } from 'astro/zod';
import { day, httpsUrl, text } from './common.ts';

/** A place to call or visit in a crisis; wrong numbers hurt, so each carries its source. */
const crisisResourceSchema = z.strictObject({
  name: text.describe('相談先の名前。例: よりそいホットライン'),
  description: text.describe('どんなときの相談先か。'),
  phone: z
    .string({ error: '電話番号を文字で書いてください（例: "0120-279-338"）。' })
    .regex(/^(?:\d[\d-]{1,14}\d|#\d{4})$/, {
      error: '電話番号は半角数字とハイフンで書いてください（例: "0120-279-338"）。',
    })
    .optional()
    .describe('電話番号（書かれたとおりに表示し、電話のリンクにします）。例: 0120-279-338'),
  hours: text.optional().describe('受付時間。例: 24 時間'),
  url: httpsUrl.optional().describe('相談先のページ。'),
  source: httpsUrl.describe('この情報を確かめた出典のページ。'),
  lastReviewed: day.describe('最後に出典と照らし合わせた日。例: 2026-11-23'),
});

/** A word or phrase that, found in a search, puts urgent help before every result. */
const crisisWord = text
  .refine((word) => !/\s/u.test(word), { error: '空白を入れずに、1 つの言葉として書いてください（例: 死にたい）。' })
  .refine((word) => [...word.normalize('NFKC')].length >= 2, {
    error: '2 文字以上の言葉にしてください。1 文字だと、関係のない検索でも相談先が出てしまいます。',
  });

/** Site-wide settings: one file, `content/site.yaml`. Each programme has its own operator, mottos and links. */
export const siteSchema = z.strictObject({
  name: text.describe('サイトの名前。例: ひろば'),
  tagline: text.describe('サイトのひとことの説明。'),
  url: httpsUrl.describe('公開するサイトの URL（/ で終わる）。例: https://hiroba.example.jp/'),
  publisher: z
    .strictObject({
      name: text.describe('サイトを公開している団体の名前（各プログラムの運営者とは別）。'),
      url: httpsUrl.optional().describe('その団体のページ。'),
    })
    .describe('このサイトを公開している団体。'),
  contact: z
    .strictObject({
      email: z
        .email({ error: '正しいメールアドレスを書いてください（例: info@example.jp）。' })
        .describe('サイトについての問い合わせ先のメールアドレス。'),
      note: text.optional().describe('返事までの目安など。'),
    })
    .describe('サイトについての問い合わせ先。'),
  crisisResources: z
    .array(crisisResourceSchema)
    .min(1, { error: '少なくとも 1 つの相談先を書いてください。' })
    .describe('緊急時の相談先（ヘルプのページと、こころの病気のページに出ます）。'),
  crisisWords: z
    .array(crisisWord, { error: '「- 」で始まる行を並べたリストで書いてください。' })
    .default([])
    .describe(
      '検索の言葉にこれが入っていたら、結果より先に相談先を出します。死にたい・消えたい など決まった言葉はいつも使われるので、それに足したい言葉を書きます。',
    ),
  forum: z
    .strictObject({
      url: httpsUrl.describe('フォーラムの URL（/ で終わる）。例: https://forum.hiroba.example.jp/'),
      calendarEvents: z
        .boolean({ error: 'true か false を書いてください。' })
        .default(false)
        .describe('フォーラムでカレンダー（[event]）が使えるとき true。'),
    })
    .describe('フォーラムの設定。'),
});

export type Site = z.infer<typeof siteSchema>;
export type CrisisResource = z.infer<typeof crisisResourceSchema>;
