import { z } from 'astro/zod';
import { httpsUrl, text, textList } from './common.ts';

/**
 * Ways into a room (参加の入り口). A programme says which kinds it offers and what they share; a room says which
 * it uses and what is its own (the chat room's link, its search word). The model merges the two
 * (src/model/channels.ts).
 */

const kindError =
  '「forum」（このサイトのフォーラム）、「chat」（チャットアプリの部屋）、「registration」（登録のページ）のどれかを kind に書いてください。';

const tracking = z
  .boolean({ error: 'true か false を書いてください。' })
  .describe(
    '参加リンクに集計用の目印（utm_source など）を付けるとき true。目印を受け付けないアプリでは false にします。',
  );

/** What a programme offers through each kind of channel, shared by all its rooms. */
export const programmeChannelSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .strictObject({
        kind: z.literal('forum').describe('このサイトのフォーラム（Discourse）のカテゴリ'),
        tracking: tracking.default(true),
      })
      .describe('フォーラム: 部屋ごとのカテゴリに参加します。'),
    z
      .strictObject({
        kind: z.literal('chat').describe('チャットアプリの部屋'),
        app: text.describe('アプリと部屋の種類の呼び名。例: LINE オープンチャット'),
        searchTab: text.optional().describe('アプリの中で検索したあとに開くタブの名前。例: オープンチャット'),
        privacy: textList
          .optional()
          .describe(
            'このアプリで参加する人に知っておいてほしいこと（アプリの運営会社に見えること、部屋ごとのプロフィールなど）。「ルールとプライバシー」のページに出ます。',
          ),
        tracking: tracking.default(true),
      })
      .describe('チャットアプリ: 部屋ごとの参加リンク、QR コード、アプリ内検索で参加します。'),
    z
      .strictObject({
        kind: z.literal('registration').describe('プログラムの登録ページ'),
        url: httpsUrl.describe('登録のページの URL（QR コードにもします）。'),
        label: text.optional().describe('ボタンに出す言葉。例: 家族のサロンに登録する'),
        tracking: tracking.default(true),
      })
      .describe('登録ページ: プログラムに登録してから、部屋に入ります。'),
  ],
  { error: kindError },
);

/** The channel a room uses, with what is the room's own. */
export const roomChannelSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('forum').describe('この部屋のフォーラムのカテゴリ') }),
    z.strictObject({
      kind: z.literal('chat').describe('この部屋のチャットアプリの部屋'),
      url: httpsUrl.describe('チャットの部屋への参加リンク（QR コードにもします）。例: https://line.me/ti/g2/…'),
      searchWord: text.optional().describe('アプリの中で検索すると見つかる言葉。例: 強皮症'),
      tracking: tracking.optional(),
    }),
    z.strictObject({
      kind: z.literal('registration').describe('プログラムの登録ページ'),
      url: httpsUrl.optional().describe('この部屋だけ別の登録ページを使うときの URL。ふつうは書きません。'),
    }),
  ],
  { error: kindError },
);

export type ProgrammeChannel = z.infer<typeof programmeChannelSchema>;
export type ChannelKind = ProgrammeChannel['kind'];
export type RoomChannel = z.infer<typeof roomChannelSchema>;
