import { z } from 'astro/zod';
import { dateTime, day, httpsUrl, slug, text, textList } from './common.ts';

/** How people attend. */
const eventFormat = z.enum(['online', 'offline', 'hybrid'], {
  error: '「online」（オンライン）、「offline」（会場）、「hybrid」（両方）のどれかを書いてください。',
});

/** Whether the event goes ahead. */
const eventStatus = z.enum(['scheduled', 'full', 'cancelled'], {
  error: '「scheduled」（予定どおり）、「full」（満席）、「cancelled」（中止）のどれかを書いてください。',
});

/** An exchange meeting (交流会): one file in `content/events/`; it becomes a forum announcement. */
export const eventSchema = z
  .strictObject({
    /** 交流会の名前。フォーラムの話題のタイトルにもなります。例: 強皮症 オンラインおしゃべり会（12月） */
    title: text.max(80, { error: '80 文字以内にしてください。' }),
    /** 一覧に出す 1〜2 文の紹介（120 文字まで）。 */
    summary: text.max(120, { error: '120 文字以内にしてください。' }),
    /** 開く部屋のファイル名（content/rooms/ の中）。例: [scleroderma] */
    rooms: z.array(slug, { error: '部屋のファイル名をリストで書いてください（例: [scleroderma]）。' }).min(1, {
      error: '少なくとも 1 つの部屋を書いてください。',
    }),
    /** 参加できる立場のファイル名（content/roles/ の中）。例: [patient, family] */
    roles: z.array(slug, { error: '立場のファイル名をリストで書いてください（例: [parent]）。' }).min(1, {
      error: '少なくとも 1 つの立場を書いてください。',
    }),
    /** 参加の条件（すべてに当てはまる方）。 */
    eligibility: textList,
    /** 始まる日時（日本時間なら +09:00 を付ける）。例: 2026-12-05T14:00:00+09:00 */
    start: dateTime,
    /** 終わる日時。例: 2026-12-05T15:30:00+09:00 */
    end: dateTime,
    /** 開き方: online（オンライン） / offline（会場） / hybrid（両方） */
    format: eventFormat,
    /** 会場（offline と hybrid では必須）。 */
    venue: z
      .strictObject({
        /** 会場の名前。例: 〇〇市民会館 第2会議室 */
        name: text,
        /** 住所。 */
        address: text.optional(),
        /** 会場の地図などのページ。 */
        url: httpsUrl.optional(),
      })
      .optional(),
    /** オンラインの参加方法（online と hybrid では必須）。例: Zoom（URL はお申し込みの後にお送りします） */
    online: text.optional(),
    /** 定員（人数）。 */
    capacity: z
      .number({ error: '定員は数字で書いてください（例: 12）。' })
      .int()
      .positive({ error: '1 以上の数字にしてください。' })
      .optional(),
    /** 参加費。例: 無料 */
    fee: text.default('無料'),
    /** 申し込みの方法と締め切り。 */
    apply: z.strictObject({
      /** 申し込みの方法。例: 下のフォームからお申し込みください。 */
      how: text,
      /** 申し込みページ（QR コードにもします）。 */
      url: httpsUrl.optional(),
      /** 締め切りの日時。開始より前にしてください。例: 2026-12-01T23:59:00+09:00 */
      deadline: dateTime,
    }),
    /** 状態: scheduled（予定どおり） / full（満席） / cancelled（中止） */
    status: eventStatus.default('scheduled'),
    /** 中止の理由やお知らせ（status が cancelled のとき）。 */
    statusNote: text.optional(),
    /** お知らせを出した日。フィード（RSS）に載る日付になり、あとで書き直しても変わりません。例: 2026-11-01 */
    announced: day.optional(),
  })
  .superRefine((event, ctx) => {
    if (event.format !== 'online' && !event.venue) {
      ctx.addIssue({
        code: 'custom',
        path: ['venue'],
        message: '会場で開くときは venue に会場の名前を書いてください。',
      });
    }
    if (event.format !== 'offline' && !event.online) {
      ctx.addIssue({
        code: 'custom',
        path: ['online'],
        message: 'オンラインで開くときは online に参加方法を書いてください。',
      });
    }
  });

export type EventEntry = z.infer<typeof eventSchema>;
export type EventFormat = z.infer<typeof eventFormat>;
export type EventStatus = z.infer<typeof eventStatus>;
