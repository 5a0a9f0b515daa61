import { z } from 'astro/zod';
import { hexColor, reading, slug, text } from './common.ts';

/** Whether a community is running, being prepared, or has ended. */
export const communityStatus = z.enum(['open', 'preparing', 'closed'], {
  error: '「open」（開設中）、「preparing」（準備中）、「closed」（終了）のどれかを書いてください。',
});

/** A condition (疾患): one file in `content/conditions/`, its file name is its URL. */
export const conditionSchema = z.strictObject({
  /** 正式な病名。フォーラムのカテゴリ名にもなります（50 文字まで）。例: 全身性強皮症 */
  name: text,
  /** 病名のふりがな（ひらがな）。検索に使います。例: ぜんしんせいきょうひしょう */
  reading,
  /** 略称や別名。検索に使います。例: [SSc, 強皮症] */
  aliases: z.array(text).default([]),
  /** コミュニティの状態: open（開設中） / preparing（準備中） / closed（終了） */
  status: communityStatus,
  /** 一覧に出す 1〜2 文の紹介（120 文字まで）。 */
  summary: text.max(120, { error: '120 文字以内にしてください。' }),
  /** 対象の範囲についての注意。例: 限局性強皮症は別の病気のため対象外です。 */
  scopeNote: text.optional(),
  /** こころの病気に関わるコミュニティのとき true。ページに「緊急のときの相談先」への案内を出します。 */
  mentalHealth: z.boolean({ error: 'true か false を書いてください。' }).default(false),
  /** フォーラムのカテゴリの URL 名（半角英数字）。省略するとファイル名を使います。 */
  forumSlug: slug.optional(),
  /** フォーラムのカテゴリの色。例: "#3A7D44" */
  color: hexColor,
  /** 一覧での並び順（小さいほど先）。 */
  order: z.number({ error: '数字で書いてください。' }).int().default(100),
});

export type Condition = z.infer<typeof conditionSchema>;
export type CommunityStatus = z.infer<typeof communityStatus>;
