import { z } from 'astro/zod';
import { httpsUrl, searchWords, text, textList } from './common.ts';
import { reviewFields } from './review.ts';
import { programmeChannelSchema } from './channel.ts';

const campaignValue = z
  .string({ error: '半角英数字と _ - で書いてください（例: link_copy）。' })
  .regex(/^[a-z0-9_-]+$/, { error: '半角の小文字英数字と _ - で書いてください（例: link_copy）。' });

const campaignSchema = z
  .strictObject({
    source: campaignValue.default('invitation').describe('utm_source の値。例: invitation'),
    campaign: campaignValue.default('default').describe('utm_campaign の値。例: default'),
    media: z
      .strictObject({
        qr: campaignValue.default('qr_code').describe('QR コードから開いたときの utm_medium。例: qr_code'),
        flyer: campaignValue.default('flyer').describe('印刷したチラシの URL から開いたときの utm_medium。例: flyer'),
        page: campaignValue.default('web_page').describe('このサイトのボタンから開いたときの utm_medium。例: web_page'),
        share: campaignValue.default('link_copy').describe('コピーして送られたリンクの utm_medium。例: link_copy'),
      })
      .prefault({})
      .describe('どこから開かれたかを見分ける utm_medium の値（qr / flyer / page / share）。'),
  })
  .prefault({})
  .describe('参加リンクに付ける集計用の目印。書かなければ初期値を使います。');

/**
 * A programme (プログラム): one community programme and the organisation that runs it. Rooms belong to one and
 * inherit its mottos, rules and join channels.
 */
export const programmeSchema = z.strictObject({
  name: text.describe('プログラムの名前。例: 家族のサロン'),
  summary: text
    .max(160, { error: '160 文字以内にしてください。' })
    .describe('どんな場かを 1〜2 文で（160 文字まで）。'),
  searchWords: searchWords.describe(
    'このコミュニティを探す人が打ちこむ言葉。例: [{ word: 難病, reading: なんびょう }, { word: 家族会, reading: かぞくかい }]',
  ),
  audience: text.describe('だれのための場か（1 行）。例: 精神疾患のある人の家族'),
  operator: z
    .strictObject({
      name: text.describe('運営する団体の名前。'),
      url: httpsUrl.optional().describe('運営する団体のページ。'),
      email: z
        .email({ error: '正しいメールアドレスを書いてください（例: info@example.jp）。' })
        .describe('問い合わせ先のメールアドレス。'),
      contactNote: text.optional().describe('返事までの目安など。'),
    })
    .describe('運営する団体。'),
  mottos: textList.describe('プログラムが大切にしていること（部屋が自分のモットーを書かなければ、これを出します）。'),
  rules: textList.describe('すべての部屋に共通のルール（部屋のルールはこのあとに足されます）。'),
  privacy: textList.describe('プライバシーと匿名についての約束。例: ニックネームで参加できます。'),
  registration: z
    .strictObject({
      who: text.describe('登録できる人。例: 精神疾患のある人の家族（親、きょうだい、子ども、配偶者・パートナー）'),
      anonymous: z
        .boolean({ error: 'true か false を書いてください。' })
        .describe('本名を出さずに参加できるとき true。'),
      fee: text.default('無料').describe('登録にかかる費用。例: 無料'),
      how: text.describe('登録のしかた（1〜2 文）。'),
      review: text
        .optional()
        .describe('運営が確かめることと、かかる日数。例: スタッフが家族であることを確かめ、2〜3 日で返事します。'),
    })
    .describe('だれが、どうやって登録（参加）できるか。'),
  moderation: z
    .strictObject({
      by: text.describe('だれが見守っているか。例: スタッフと患者さんの共同管理人'),
      response: text.describe('困ったことを知らせたとき、どのくらいで対応するか。例: 平日は 1 日以内に対応します。'),
    })
    .describe('見守りの体制。'),
  sponsor: z
    .strictObject({
      name: text.describe('資金を出している団体の名前。'),
      note: text.optional().describe('かかわり方の説明。例: 運営費を負担していますが、内容には関わりません。'),
    })
    .optional()
    .describe('協賛や資金の出どころ（あるとき）。'),
  channels: z
    .array(programmeChannelSchema, { error: '参加の入り口を「- kind: …」のリストで書いてください。' })
    .min(1, { error: '少なくとも 1 つの参加の入り口を書いてください。' })
    .describe('このプログラムの参加の入り口（forum / chat / registration）。部屋は、この中から使うものを選びます。'),
  campaign: campaignSchema,
  sensitive: z
    .boolean({ error: 'true か false を書いてください。' })
    .optional()
    .describe(
      '見られると困る人がいる場のとき true（ページに「すぐにこのページを離れる」を出します）。書かなければ、こころの病気の部屋があるプログラムは true です。',
    ),
  order: z.number({ error: '数字で書いてください。' }).int().default(100).describe('一覧での並び順（小さいほど先）。'),
  ...reviewFields,
});

export type Programme = z.infer<typeof programmeSchema>;
export type Campaign = z.infer<typeof campaignSchema>;
/** Where a link was found: a QR code, a printed flyer, a button on a page, a link someone shared. */
export type Medium = keyof Campaign['media'];
