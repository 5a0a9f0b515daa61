import { z } from 'astro/zod';
import { hexColor, httpsUrl, slug, text, textList } from './common.ts';
import { communityStatus } from './condition.ts';

/** Who can read the room on the forum. */
const roomVisibility = z.enum(['public', 'members'], {
  error: '「public」（だれでも読める）か「members」（参加した人だけ）のどちらかを書いてください。',
});

/**
 * A room (部屋): one file in `content/rooms/`; it becomes a forum subcategory of its condition. What the forum
 * demands of its name and group is checked on what the sync sends (src/forum/core/content-rules.ts).
 */
export const roomSchema = z
  .strictObject({
    /** 部屋の名前。フォーラムのカテゴリ名にもなります（50 文字まで）。例: 全身性強皮症 当事者・ご家族 オンラインコミュニティ */
    name: text,
    /** 対象の疾患のファイル名（content/conditions/ の中）。例: scleroderma */
    condition: slug,
    /** 参加できる立場のファイル名（content/roles/ の中）。例: [patient, family] */
    roles: z.array(slug, { error: '立場のファイル名をリストで書いてください（例: [patient, family]）。' }).min(1, {
      error: '少なくとも 1 つの立場を書いてください。',
    }),
    /** 部屋の状態: open（開設中） / preparing（準備中） / closed（終了） */
    status: communityStatus,
    /** 一覧に出す 1〜2 文の紹介（120 文字まで）。 */
    summary: text.max(120, { error: '120 文字以内にしてください。' }),
    /** 準備中の部屋の開設予定と、お知らせの受け取り方。status が preparing のとき必須です。 */
    openingNote: text.optional(),
    /** 部屋のモットー（大切にしていること）。 */
    mottos: textList,
    /** 部屋のルール。 */
    rules: textList,
    /** フォーラムでの公開範囲: public（だれでも読める） / members（参加した人だけ） */
    visibility: roomVisibility,
    /** フォーラムのサブカテゴリの URL 名（半角英数字）。省略するとファイル名を使います。 */
    forumSlug: slug.optional(),
    /** visibility が members のとき、参加者をまとめるフォーラムのグループ名（半角英数字と _ . - で 3〜20 文字）。例: salon_parent */
    forumGroup: text.optional(),
    /** フォーラムのカテゴリの色。例: "#3A7D44" */
    color: hexColor,
    /** フォーラムでの並び順（小さいほど先）。 */
    order: z.number({ error: '数字で書いてください。' }).int().default(100),
    /** チャットアプリの部屋（任意）。例: LINE オープンチャット */
    chat: z
      .strictObject({
        /** アプリと部屋の呼び名。例: LINE オープンチャット */
        name: text,
        /** 部屋への参加リンク。 */
        url: httpsUrl,
        /** アプリ内で検索するときの言葉。例: 強皮症 */
        searchWord: text.optional(),
      })
      .optional(),
  })
  .superRefine((room, ctx) => {
    if (room.status === 'preparing' && !room.openingNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['openingNote'],
        message: '準備中の部屋には、開設の予定とお知らせの受け取り方を openingNote に書いてください。',
      });
    }
    if (room.visibility === 'members' && !room.forumGroup) {
      ctx.addIssue({
        code: 'custom',
        path: ['forumGroup'],
        message: '参加した人だけの部屋には、フォーラムのグループ名を forumGroup に書いてください。',
      });
    }
  });

export type Room = z.infer<typeof roomSchema>;
