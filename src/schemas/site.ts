import { z } from 'astro/zod';
import { day, httpsUrl, text } from './common.ts';

/** How urgent a need a crisis resource answers; the help page shows them in this order (src/model/crisis.ts). */
const crisisTier = z.enum(['emergency', 'family-crisis', 'talk', 'text', 'young'], {
  error:
    '「emergency」（命の危険があるとき今すぐ）、「family-crisis」（家族のこころの病気が急に悪くなったとき）、「talk」（今つらい・話を聞いてほしい）、「text」（文字で相談したい）、「young」（子ども・若い人）のどれかを書いてください。',
});

/** A place to call or write to in a crisis; wrong numbers hurt, so each carries the page that lists it. */
const crisisResourceSchema = z
  .strictObject({
    name: text.describe('相談先の名前。例: よりそいホットライン'),
    tier: crisisTier.describe(
      'どんなときの相談先か: emergency / family-crisis / talk / text / young（ヘルプのページの見出しになります）',
    ),
    who: text.describe('だれのための相談先か。例: 18 歳までの子ども'),
    description: text.describe('どんなときの相談先か（1〜2 文）。'),
    phone: z
      .string({ error: '電話番号を文字で書いてください（例: "0120-279-338"）。' })
      .regex(/^(?:\d[\d-]{1,14}\d|#\d{4})$/, {
        error: '電話番号は半角数字とハイフンで書いてください（例: "0120-279-338"）。',
      })
      .optional()
      .describe('電話番号（書かれたとおりに表示し、電話のリンクにします）。例: 0120-279-338'),
    hours: text.describe('受付時間。例: 24 時間、毎日 16 時〜21 時'),
    cost: z
      .enum(['free', 'charged'], {
        error: '「free」（無料）か「charged」（通話料がかかる）のどちらかを書いてください。',
      })
      .describe('電話代: free（無料） / charged（通話料がかかる。0570 のナビダイヤルなど）'),
    costNote: text.optional().describe('費用についての補足。例: 携帯電話の通話料の定額プランは使えません。'),
    url: httpsUrl.optional().describe('相談先のページ（チャットや SNS の相談は、ここから始めます）。'),
    source: httpsUrl.describe('この番号や受付時間が載っているページ（トップページではなく）。'),
    lastReviewed: day.describe('最後に出典と照らし合わせた日。例: 2026-11-23'),
    reviewBy: day
      .optional()
      .describe('次に出典と照らし合わせる日。この日を過ぎると npm run check がエラーを出します。例: 2027-05-23'),
  })
  .superRefine((resource, ctx) => {
    if (!resource.phone && !resource.url) {
      ctx.addIssue({
        code: 'custom',
        path: ['phone'],
        message: '電話番号（phone）か相談のページ（url）の、少なくともどちらかを書いてください。',
      });
    }
    if (resource.phone?.startsWith('0570') && resource.cost !== 'charged') {
      ctx.addIssue({
        code: 'custom',
        path: ['cost'],
        message: '0570 で始まる番号（ナビダイヤル）は通話料がかかります。cost を charged にしてください。',
      });
    }
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
  quickExit: httpsUrl
    .default('https://www.jma.go.jp/bosai/forecast/')
    .describe(
      '「すぐにこのページを離れる」で移る、だれが見ても気にならないページ。書かなければ気象庁の天気予報のページです。',
    ),
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
export type CrisisTier = z.infer<typeof crisisTier>;
