import { z } from 'astro/zod';
import { hexColor, httpsUrl, reading, searchWords, slug, text } from './common.ts';
import { reviewFields, sourceSchema } from './review.ts';

/** Whether a community is running, being prepared, or has ended. */
export const communityStatus = z.enum(['open', 'preparing', 'closed'], {
  error: '「open」（開設中）、「preparing」（準備中）、「closed」（終了）のどれかを書いてください。',
});

/** A statement about the illness itself, which a page may only make with the public page that backs it. */
const factSchema = z.strictObject({
  statement: text.describe('病気についての説明（1〜2 文）。例: 顕微鏡的多発血管炎は、国の指定難病です。'),
  source: httpsUrl.describe('この説明の出典の URL。sources に書いたページのどれかにしてください。'),
});

/** A condition (疾患): one file in `content/conditions/`, its file name is its URL. */
export const conditionSchema = z
  .strictObject({
    name: text.describe('正式な病名。フォーラムのカテゴリ名にもなります（50 文字まで）。例: 全身性強皮症'),
    reading: reading.describe('病名のふりがな（ひらがな）。検索に使います。例: ぜんしんせいきょうひしょう'),
    aliases: z.array(text).default([]).describe('略称や別名。検索に使います。例: [SSc, 強皮症]'),
    searchWords: searchWords.describe(
      'この場が迎える人が検索に打ちこむ言葉（病名の別名ではないもの）。家族会なら、家族の病気の診断名など。例: [{ word: 統合失調症, reading: とうごうしっちょうしょう }]',
    ),
    status: communityStatus.describe('この病気の部屋の状態: open（開設中） / preparing（準備中） / closed（終了）'),
    summary: text
      .max(120, { error: '120 文字以内にしてください。' })
      .describe('一覧に出す 1〜2 文の紹介（120 文字まで）。'),
    scopeNote: text.optional().describe('対象の範囲についての注意。例: 限局性強皮症は別の病気のため対象外です。'),
    mentalHealth: z
      .boolean({ error: 'true か false を書いてください。' })
      .default(false)
      .describe('こころの病気に関わるコミュニティのとき true。ページに「緊急のときの相談先」への案内を出します。'),
    forumSlug: slug
      .optional()
      .describe('フォーラムのカテゴリの URL 名（半角英数字）。省略するとファイル名を使います。'),
    color: hexColor.describe('フォーラムのカテゴリの色。例: "#3A7D44"'),
    order: z
      .number({ error: '数字で書いてください。' })
      .int()
      .default(100)
      .describe('一覧での並び順（小さいほど先）。'),
    sources: z
      .array(sourceSchema, { error: '出典を「- name: …」の形のリストで書いてください。' })
      .default([])
      .describe('病気について信頼できる公的な情報のページ。例: 難病情報センターの、その病気のページ'),
    facts: z
      .array(factSchema, { error: '説明を「- statement: …」の形のリストで書いてください。' })
      .default([])
      .describe('病気についての医学的な説明。1 つずつ出典（sources のどれか）を付けます。'),
    ...reviewFields,
  })
  .superRefine((condition, ctx) => {
    const known = condition.sources.map((source) => source.url);
    condition.facts.forEach((fact, index) => {
      if (known.includes(fact.source)) return;
      ctx.addIssue({
        code: 'custom',
        path: ['facts', index, 'source'],
        message:
          known.length === 0
            ? '病気についての説明には出典が要ります。sources に出典のページ（name と url）を書き、その url を source に書いてください。'
            : `出典「${fact.source}」が sources にありません。sources の url（${known.join('、')}）のどれかを書くか、sources に足してください。`,
      });
    });
  });

export type Condition = z.infer<typeof conditionSchema>;
export type CommunityStatus = z.infer<typeof communityStatus>;
