import { z } from 'astro/zod';
import { slug, text } from './common.ts';
import { reviewFields } from './review.ts';

const channelKind = z.enum(['forum', 'chat', 'registration'], {
  error:
    '「forum」（フォーラム）、「chat」（チャットアプリ）、「registration」（登録ページ）のどれかを書いてください。',
});

/** A join guide (参加ガイド): one file in `content/guides/`, step by step for one kind of channel. */
export const guideSchema = z.strictObject({
  title: text.describe('ガイドの題名。例: フォーラムへの参加のしかた'),
  channel: channelKind.describe(
    'どの参加の入り口の説明か: forum（フォーラム） / chat（チャットアプリ） / registration（登録ページ）',
  ),
  programme: slug
    .optional()
    .describe('1 つのプログラムだけの手順のとき、そのファイル名。書かなければ、すべてのプログラムで使います。'),
  summary: text.describe('一覧に出す 1 文の紹介。'),
  steps: z
    .array(
      z.strictObject({
        title: text.describe('手順の見出し。例: 登録する'),
        detail: text.describe('手順の説明。'),
      }),
      { error: '手順を「- title: …」の形のリストで書いてください。' },
    )
    .min(1, { error: '少なくとも 1 つの手順を書いてください。' })
    .describe('手順。上から順に表示します。'),
  ...reviewFields,
});

export type Guide = z.infer<typeof guideSchema>;
