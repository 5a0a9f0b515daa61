import { z } from 'astro/zod';
import { day, httpsUrl, slug, text, textList } from './common.ts';

/** A place to call or visit in a crisis; wrong numbers hurt, so each carries its source. */
const crisisResourceSchema = z.strictObject({
  /** 相談先の名前。例: よりそいホットライン */
  name: text,
  /** どんなときの相談先か。 */
  description: text,
  /** 電話番号（書かれたとおりに表示し、電話のリンクにします）。例: 0120-279-338 */
  phone: z
    .string({ error: '電話番号を文字で書いてください（例: "0120-279-338"）。' })
    .regex(/^(?:\d[\d-]{1,14}\d|#\d{4})$/, {
      error: '電話番号は半角数字とハイフンで書いてください（例: "0120-279-338"）。',
    })
    .optional(),
  /** 受付時間。例: 24 時間 */
  hours: text.optional(),
  /** 相談先のページ。 */
  url: httpsUrl.optional(),
  /** この情報を確かめた出典のページ。 */
  source: httpsUrl,
  /** 最後に出典と照らし合わせた日。例: 2026-11-23 */
  lastReviewed: day,
});

/** Site-wide settings: one file, `content/site.yaml`. */
export const siteSchema = z.strictObject({
  /** サイトの名前。例: ひろば */
  name: text,
  /** サイトのひとことの説明。 */
  tagline: text,
  /** 公開するサイトの URL（/ で終わる）。例: https://hiroba.example.jp/ */
  url: httpsUrl,
  /** 運営者。 */
  operator: z.strictObject({
    /** 運営者の名前。 */
    name: text,
    /** 運営者のページ。 */
    url: httpsUrl.optional(),
  }),
  /** 問い合わせ先。 */
  contact: z.strictObject({
    /** メールアドレス。 */
    email: z.email({ error: '正しいメールアドレスを書いてください（例: info@example.jp）。' }),
    /** 返事までの目安など。 */
    note: text.optional(),
  }),
  /** サイト全体のモットー。 */
  mottos: textList,
  /** 緊急時の相談先（ヘルプのページと、こころの病気のページに出ます）。 */
  crisisResources: z.array(crisisResourceSchema).min(1, { error: '少なくとも 1 つの相談先を書いてください。' }),
  /** フォーラムの設定。 */
  forum: z.strictObject({
    /** フォーラムの URL（/ で終わる）。例: https://forum.hiroba.example.jp/ */
    url: httpsUrl,
    /** フォーラムでカレンダー（[event]）が使えるとき true。 */
    calendarEvents: z.boolean({ error: 'true か false を書いてください。' }).default(false),
  }),
  /** 参加リンクに付ける集計用の目印（utm_source など）。 */
  campaign: z.strictObject({
    /** utm_source の値。例: invitation */
    source: slug,
    /** utm_medium の値。例: link_copy */
    medium: z.string().regex(/^[a-z0-9_-]+$/, { error: '半角英数字と _ - で書いてください。' }),
    /** utm_campaign の値。例: default */
    campaign: z.string().regex(/^[a-z0-9_-]+$/, { error: '半角英数字と _ - で書いてください。' }),
  }),
});

export type Site = z.infer<typeof siteSchema>;
export type CrisisResource = z.infer<typeof crisisResourceSchema>;
