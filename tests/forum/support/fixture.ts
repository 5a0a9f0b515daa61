import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ContentSet, Entry } from '../../../src/model/entry.ts';
import {
  conditionSchema,
  eventSchema,
  type guideSchema,
  programmeSchema,
  roleSchema,
  roomSchema,
  siteSchema,
} from '../../../src/schemas/index.ts';

/**
 * A small content tree for the forum sync's tests: two programmes, two conditions, two rooms (one public with a
 * chat room too, one members-only behind a registration page),
 * three events (one past). Tests change copies of it; the same data is written to disk for runs of the command.
 */

export const fixtureNow = '2026-11-23T12:00:00+09:00';

interface FileData {
  data: Record<string, unknown>;
  body: string;
}

export interface FixtureData {
  site: Record<string, unknown>;
  programmes: Record<string, FileData>;
  conditions: Record<string, FileData>;
  roles: Record<string, FileData>;
  rooms: Record<string, FileData>;
  events: Record<string, FileData>;
}

export function fixtureData(): FixtureData {
  return {
    site: {
      name: 'ひろば',
      tagline: '病気とともに暮らす人と家族のための広場',
      url: 'https://hiroba.example/',
      publisher: { name: 'ひろば運営事務局' },
      contact: { email: 'info@hiroba.example' },
      crisisResources: [
        {
          name: 'よりそいホットライン',
          description: 'どんな悩みでも相談できる無料の電話です。',
          phone: '0120-279-338',
          tier: 'talk',
          who: 'だれでも',
          hours: '24 時間',
          cost: 'free',
          source: 'https://www.mhlw.go.jp/mamorouyokokoro/soudan/tel/',
          lastReviewed: '2026-11-01',
        },
      ],
      forum: { url: 'https://forum.hiroba.example/', calendarEvents: true },
    },
    programmes: {
      rare: {
        data: {
          name: '希少疾患 オンラインコミュニティ',
          summary: 'めずらしい病気の患者さんとご家族が、病気ごとの部屋で話せる場です。',
          audience: '希少疾患の患者さんとご家族',
          operator: { name: 'サンプル株式会社 患者さん支援チーム', email: 'community@health.example' },
          mottos: ['不安を少しでも軽くします。', '安心して話せる場所にします。'],
          rules: ['個人が分かる情報は書かないでください。', '相手を否定しないでください。'],
          privacy: ['ニックネームで参加できます。'],
          registration: {
            who: '部屋の病気の患者さんとご家族',
            anonymous: true,
            how: '部屋にニックネームで参加します。',
          },
          moderation: { by: '運営スタッフと共同管理人', response: '平日は 1 日以内に対応します。' },
          channels: [{ kind: 'chat', app: 'LINE オープンチャット', searchTab: 'オープンチャット' }, { kind: 'forum' }],
          lastReviewed: '2026-11-01',
        },
        body: '患者による、患者のための場です。',
      },
      salon: {
        data: {
          name: '家族のサロン',
          summary: '精神疾患のある人の家族だけが参加できる、匿名・無料の場です。',
          audience: '精神疾患のある人の家族',
          operator: { name: '家族会連合会（サンプル）', email: 'salon@federation.example' },
          mottos: ['自分だけじゃないと思える場所にします。'],
          rules: ['ニックネームで参加してください。', 'ここで聞いた話は、ここだけのものにしてください。'],
          privacy: ['部屋は登録した家族だけが読めます。'],
          registration: { who: '精神疾患のある人の家族', anonymous: true, how: '登録のページから登録します。' },
          moderation: { by: '家族会のスタッフ', response: '2 日以内に対応します。' },
          channels: [{ kind: 'registration', url: 'https://salon.federation.example/register' }, { kind: 'forum' }],
          lastReviewed: '2026-11-01',
        },
        body: '家族だけが参加できます。',
      },
    },
    conditions: {
      scleroderma: {
        data: {
          name: '全身性強皮症',
          reading: 'ぜんしんせいきょうひしょう',
          aliases: ['SSc'],
          status: 'open',
          summary: '全身性強皮症とともに暮らす人と家族のコミュニティです。',
          scopeNote: '限局性強皮症は別の病気のため対象外です。',
          forumSlug: 'scleroderma',
          color: '#4F6FA8',
          order: 10,
          lastReviewed: '2026-11-01',
        },
        body: '同じ病気の人に出会える場所です。',
      },
      family: {
        data: {
          name: '精神疾患のある人の家族',
          reading: 'せいしんしっかんのあるひとのかぞく',
          status: 'open',
          summary: '精神疾患のある人の家族が、立場ごとに匿名で話せる場です。',
          forumSlug: 'family-salon',
          color: '#3F8A6B',
          order: 20,
          lastReviewed: '2026-11-01',
        },
        body: '家族だけが参加できます。',
      },
    },
    roles: {
      patient: {
        data: {
          name: '本人・当事者',
          shortName: '本人',
          reading: 'ほんにん',
          summary: 'ご本人のための案内です。',
          order: 10,
          lastReviewed: '2026-11-01',
        },
        body: '',
      },
      family: {
        data: {
          name: '家族',
          shortName: '家族',
          reading: 'かぞく',
          summary: 'ご家族のための案内です。',
          order: 20,
          lastReviewed: '2026-11-01',
        },
        body: '',
      },
      parent: {
        data: {
          name: '親',
          shortName: '親',
          reading: 'おや',
          summary: '親のための案内です。',
          order: 30,
          lastReviewed: '2026-11-01',
        },
        body: '',
      },
    },
    rooms: {
      scleroderma: {
        data: {
          name: '全身性強皮症 当事者・ご家族 オンラインコミュニティ',
          programme: 'rare',
          condition: 'scleroderma',
          roles: ['patient', 'family'],
          status: 'open',
          summary: '全身性強皮症の患者さんとご家族が話し合う部屋です。',
          channels: [{ kind: 'chat', url: 'https://line.me/ti/g2/example', searchWord: '強皮症' }, { kind: 'forum' }],
          visibility: 'public',
          forumSlug: 'community',
          color: '#4F6FA8',
          order: 10,
          lastReviewed: '2026-11-01',
        },
        body: '患者による、患者のための部屋です。',
      },
      'family-parent': {
        data: {
          name: '家族のサロン 親の部屋',
          programme: 'salon',
          condition: 'family',
          roles: ['parent'],
          status: 'open',
          summary: '精神疾患のある子どもを持つ親の部屋です。',
          visibility: 'members',
          forumGroup: 'salon_parent',
          forumSlug: 'parent',
          color: '#3F8A6B',
          order: 10,
          lastReviewed: '2026-11-01',
        },
        body: '同じ立場の親と話せます。',
      },
    },
    events: {
      'ssc-2026-12': {
        data: {
          title: '強皮症 オンラインおしゃべり会（12月）',
          summary: '冬の過ごし方を中心に、自由におしゃべりします。',
          programme: 'rare',
          rooms: ['scleroderma'],
          roles: ['patient', 'family'],
          eligibility: ['全身性強皮症の患者さん、またはそのご家族'],
          start: '2026-12-12T14:00:00+09:00',
          end: '2026-12-12T15:30:00+09:00',
          format: 'online',
          online: 'Zoom を使います。',
          capacity: 15,
          apply: {
            method: 'form',
            how: '申し込みフォームからお申し込みください。',
            url: 'https://hiroba.example/apply/ssc',
            deadline: '2026-12-09T23:59:00+09:00',
          },
          status: 'scheduled',
        },
        body: 'カメラはオフのままでもかまいません。',
      },
      'parent-2027-02': {
        data: {
          title: '親の部屋 家族交流会（2月・会場）',
          summary: '顔を合わせて少人数で話す会です。',
          programme: 'salon',
          rooms: ['family-parent'],
          openTo: 'registered',
          roles: ['parent'],
          eligibility: ['精神疾患のある子どもを持つ親'],
          start: '2027-02-13T14:00:00+09:00',
          end: '2027-02-13T16:00:00+09:00',
          format: 'offline',
          venue: { name: '市民交流センター 和室' },
          capacity: 12,
          fee: '300 円',
          apply: {
            method: 'registration',
            how: '登録のページからお申し込みください。',
            deadline: '2027-02-06T23:59:00+09:00',
          },
          status: 'scheduled',
        },
        body: '話したくないことは話さなくてかまいません。',
      },
      'ssc-2026-10': {
        data: {
          title: '強皮症 オンラインおしゃべり会（10月）',
          summary: '秋の体調管理について話しました。',
          programme: 'rare',
          rooms: ['scleroderma'],
          roles: ['patient'],
          eligibility: ['全身性強皮症の患者さん'],
          start: '2026-10-17T20:00:00+09:00',
          end: '2026-10-17T21:30:00+09:00',
          format: 'online',
          online: 'Zoom を使いました。',
          apply: {
            method: 'form',
            how: 'フォームからお申し込みいただきました。',
            url: 'https://hiroba.example/apply/ssc-10',
            deadline: '2026-10-14T23:59:00+09:00',
          },
          status: 'scheduled',
        },
        body: '',
      },
    },
  };
}

const schemas = {
  programmes: programmeSchema,
  conditions: conditionSchema,
  roles: roleSchema,
  rooms: roomSchema,
  events: eventSchema,
} as const;

/** The fixture as the loader would hand it over: validated, with file paths relative to the project. */
export function contentSetOf(data: FixtureData): ContentSet {
  const entries = <K extends keyof typeof schemas>(collection: K) =>
    Object.entries(data[collection]).map(([slug, file]) => ({
      id: slug,
      file: `content/${collection}/${slug}.mdx`,
      data: schemas[collection].parse(file.data),
      body: file.body,
    }));
  return {
    site: siteSchema.parse(data.site),
    programmes: entries('programmes') as ContentSet['programmes'],
    conditions: entries('conditions') as ContentSet['conditions'],
    roles: entries('roles') as ContentSet['roles'],
    rooms: entries('rooms') as ContentSet['rooms'],
    events: entries('events') as ContentSet['events'],
    guides: [] as Entry<ReturnType<typeof guideSchema.parse>>[],
  };
}

/** Writes the fixture as a content tree under `projectDir/content`, replacing what was there. */
export async function writeContentTree(projectDir: string, data: FixtureData): Promise<void> {
  const root = join(projectDir, 'content');
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await writeFile(join(root, 'site.yaml'), stringify(data.site));
  for (const collection of ['programmes', 'conditions', 'roles', 'rooms', 'events'] as const) {
    await mkdir(join(root, collection));
    for (const [slug, file] of Object.entries(data[collection])) {
      await writeFile(join(root, collection, `${slug}.mdx`), `---\n${stringify(file.data)}---\n\n${file.body}\n`);
    }
  }
}
