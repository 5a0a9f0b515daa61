import { z } from 'astro/zod';
import { dateTime, day, httpsUrl, slug, text, textList } from './common.ts';
import { forChildren } from './audience.ts';

const eventFormat = z.enum(['online', 'offline', 'hybrid'], {
  error: '「online」（オンライン）、「offline」（会場）、「hybrid」（両方）のどれかを書いてください。',
});

const eventStatus = z.enum(['scheduled', 'full', 'cancelled'], {
  error: '「scheduled」（予定どおり）、「full」（満席）、「cancelled」（中止）のどれかを書いてください。',
});

/** Who may come, in the programme's terms. */
const openTo = z.enum(['registered', 'room-members', 'anyone'], {
  error:
    '「registered」（プログラムに登録している方）、「room-members」（rooms の部屋の参加者）、「anyone」（どなたでも）のどれかを書いてください。',
});

const deadline = dateTime.describe('締め切りの日時。開始より前にしてください。例: 2026-12-01T23:59:00+09:00');
const how = text.describe(
  '申し込みのしかた（1〜2 文）。例: 申し込みフォームに、ニックネームを書いてお申し込みください。',
);

/** How people apply: a form, an e-mail, or through the programme's registration. */
const applySchema = z.discriminatedUnion(
  'method',
  [
    z.strictObject({
      method: z.literal('form').describe('申し込みフォーム'),
      url: httpsUrl.describe('申し込みフォームの URL（QR コードにもします）。'),
      how,
      deadline,
    }),
    z.strictObject({
      method: z.literal('email').describe('メールで申し込む'),
      email: z
        .email({ error: '正しいメールアドレスを書いてください（例: apply@example.jp）。' })
        .describe('申し込み先のメールアドレス。'),
      how,
      deadline,
    }),
    z.strictObject({
      method: z.literal('registration').describe('プログラムの登録ページから申し込む'),
      how,
      deadline,
    }),
  ],
  {
    error:
      '申し込みの方法を method に書いてください: 「form」（フォーム）、「email」（メール）、「registration」（登録ページ）のどれか。',
  },
);

/** An exchange meeting (交流会): one file in `content/events/`; it becomes a forum announcement. */
export const eventSchema = z
  .strictObject({
    title: text
      .max(80, { error: '80 文字以内にしてください。' })
      .describe('交流会の名前。フォーラムの話題のタイトルにもなります。例: 強皮症 オンラインおしゃべり会（12月）'),
    summary: text
      .max(120, { error: '120 文字以内にしてください。' })
      .describe('一覧に出す 1〜2 文の紹介（120 文字まで）。'),
    programme: slug.describe('交流会を開くプログラムのファイル名（content/programmes/ の中）。例: family-salon'),
    rooms: z
      .array(slug, { error: '部屋のファイル名をリストで書いてください（例: [scleroderma]）。' })
      .min(1, { error: '少なくとも 1 つの部屋を書いてください。' })
      .describe('お知らせを出す部屋のファイル名（content/rooms/ の中、同じプログラムの部屋）。例: [scleroderma]'),
    openTo: openTo
      .default('room-members')
      .describe(
        'だれが参加できるか: registered（プログラムに登録している方） / room-members（rooms の部屋の参加者。フォーラムでもチャットでも） / anyone（どなたでも）',
      ),
    roles: z
      .array(slug, { error: '立場のファイル名をリストで書いてください（例: [parent]）。' })
      .min(1, { error: '少なくとも 1 つの立場を書いてください。' })
      .describe('参加できる立場のファイル名（content/roles/ の中）。例: [patient, family]'),
    eligibility: textList.describe('ほかの参加の条件（すべてに当てはまる方）。例: 精神疾患のある子どもを持つ親'),
    start: dateTime.describe('始まる日時（日本時間なら +09:00 を付ける）。例: 2026-12-05T14:00:00+09:00'),
    end: dateTime.describe('終わる日時。例: 2026-12-05T15:30:00+09:00'),
    format: eventFormat.describe('参加のしかた: online（オンライン） / offline（会場） / hybrid（両方）'),
    venue: z
      .strictObject({
        name: text.describe('会場の名前。例: 〇〇市民会館 第2会議室'),
        address: text.optional().describe('住所。'),
        url: httpsUrl.optional().describe('会場の地図などのページ。'),
      })
      .optional()
      .describe('会場（offline と hybrid では必須）。'),
    online: text
      .optional()
      .describe('オンラインの参加方法（online と hybrid では必須）。例: Zoom（URL はお申し込みの後にお送りします）'),
    capacity: z
      .number({ error: '定員は数字で書いてください（例: 12）。' })
      .int()
      .positive({ error: '1 以上の数字にしてください。' })
      .optional()
      .describe('定員（人数）。'),
    fee: text.default('無料').describe('参加費。例: 無料'),
    welcome: textList
      .optional()
      .describe(
        '安心して申し込めるように伝えること（申し込みのボタンのすぐそばに出ます）。聞いているだけでよいか、ニックネームで参加できるか、当日いる人など。例: 聞いているだけの参加も大歓迎です。',
      ),
    apply: applySchema.describe('申し込みの方法（method: form / email / registration）と締め切り。'),
    status: eventStatus
      .default('scheduled')
      .describe('状態: scheduled（予定どおり） / full（満席） / cancelled（中止）'),
    statusNote: text.optional().describe('中止の理由や、満席のときのお知らせ。'),
    discreetTitle: text
      .max(80, { error: '80 文字以内にしてください。' })
      .optional()
      .describe(
        'カレンダーとフィード（RSS）に出す、病名や立場の分からない名前。ロック画面や共有のカレンダーに出ても困らないように。例: オンライン交流会（12月）',
      ),
    forChildren,
    announced: day
      .optional()
      .describe('お知らせを出した日。フィード（RSS）に載る日付になり、あとで書き直しても変わりません。例: 2026-11-01'),
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
