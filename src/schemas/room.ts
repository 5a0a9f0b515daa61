import { z } from 'astro/zod';
import { hexColor, slug, text, textList } from './common.ts';
import { communityStatus } from './condition.ts';
import { roomChannelSchema } from './channel.ts';
import { forChildren } from './audience.ts';
import { reviewFields } from './review.ts';

const roomVisibility = z.enum(['public', 'members'], {
  error: '「public」（だれでも読める）か「members」（参加した人だけ）のどちらかを書いてください。',
});

/**
 * A room (部屋): one file in `content/rooms/`. It belongs to a programme and serves one condition and one or more
 * roles; with a forum channel it becomes a forum subcategory of its condition. What the forum demands of its name
 * and group is checked on what the sync sends (src/forum/core/content-rules.ts).
 */
export const roomSchema = z
  .strictObject({
    name: text.describe(
      '部屋の名前。フォーラムのカテゴリ名にもなります（50 文字まで）。例: 全身性強皮症 当事者・ご家族 オンラインコミュニティ',
    ),
    programme: slug.describe('この部屋を運営するプログラムのファイル名（content/programmes/ の中）。例: rare-disease'),
    condition: slug.describe('対象の疾患のファイル名（content/conditions/ の中）。例: scleroderma'),
    roles: z
      .array(slug, { error: '立場のファイル名をリストで書いてください（例: [patient, family]）。' })
      .min(1, { error: '少なくとも 1 つの立場を書いてください。' })
      .describe('参加できる立場のファイル名（content/roles/ の中）。例: [patient, family]'),
    status: communityStatus.describe(
      '部屋の状態: open（開設中） / preparing（準備中） / closed（終了）。チラシと QR コードは開設中の部屋にだけ作られます。',
    ),
    summary: text
      .max(120, { error: '120 文字以内にしてください。' })
      .describe('一覧に出す 1〜2 文の紹介（120 文字まで）。'),
    openingNote: text
      .optional()
      .describe('準備中の部屋が開く予定（いつごろ、何を準備しているか）。status が preparing のとき必須です。'),
    channels: z
      .array(roomChannelSchema, { error: '参加の入り口を「- kind: …」のリストで書いてください。' })
      .optional()
      .describe(
        '参加の入り口を、ページに出す順に（forum / chat / registration）。書かなければ、プログラムの forum と registration を使います。',
      ),
    mottos: textList
      .optional()
      .describe('この部屋のモットー。書くと、プログラムのモットーの代わりに出します。ふつうは書きません。'),
    rules: textList.optional().describe('この部屋だけのルール。プログラムのルールのあとに足して出します。'),
    visibility: roomVisibility
      .default('public')
      .describe('フォーラムでの公開範囲: public（だれでも読める） / members（参加した人だけ）。省略すると public。'),
    forumSlug: slug
      .optional()
      .describe('フォーラムのサブカテゴリの URL 名（半角英数字）。省略するとファイル名を使います。'),
    forumGroup: text
      .optional()
      .describe(
        'visibility が members のとき、参加者をまとめるフォーラムのグループ名（半角英数字と _ . - で 3〜20 文字）。例: salon_parent',
      ),
    color: hexColor.describe('部屋の色（ページの目印とフォーラムのカテゴリの色）。例: "#3A7D44"'),
    order: z.number({ error: '数字で書いてください。' }).int().default(100).describe('並び順（小さいほど先）。'),
    forChildren,
    ...reviewFields,
  })
  .superRefine((room, ctx) => {
    if (room.status === 'preparing' && !room.openingNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['openingNote'],
        message: '準備中の部屋には、開設の予定とお知らせの受け取り方を openingNote に書いてください。',
      });
    }
    room.channels?.forEach((channel, index) => {
      if (room.channels?.findIndex((other) => other.kind === channel.kind) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['channels', index, 'kind'],
          message: `「${channel.kind}」が 2 回書かれています。参加の入り口は種類ごとに 1 つにしてください。`,
        });
      }
    });
  });

export type Room = z.infer<typeof roomSchema>;
