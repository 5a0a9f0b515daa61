import { z } from 'astro/zod';
import { text } from './common.ts';

/** The channels a member can join through. */
const joinChannel = z.enum(['forum', 'chat'], {
  error: '「forum」（フォーラム）か「chat」（チャットアプリ）のどちらかを書いてください。',
});

/** A join guide (参加ガイド): one file in `content/guides/`, step-by-step for one channel. */
export const guideSchema = z.strictObject({
  /** ガイドの題名。例: フォーラムへの参加のしかた */
  title: text,
  /** どの参加方法の説明か: forum（フォーラム） / chat（チャットアプリ） */
  channel: joinChannel,
  /** 一覧に出す 1 文の紹介。 */
  summary: text,
  /** 手順。上から順に表示します。 */
  steps: z
    .array(
      z.strictObject({
        /** 手順の見出し。例: 登録する */
        title: text,
        /** 手順の説明。 */
        detail: text,
      }),
      { error: '手順を「- title: …」の形のリストで書いてください。' },
    )
    .min(1, { error: '少なくとも 1 つの手順を書いてください。' }),
});

export type Guide = z.infer<typeof guideSchema>;
export type JoinChannel = z.infer<typeof joinChannel>;
