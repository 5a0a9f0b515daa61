import type { z } from 'astro/zod';
import { tokyoDay } from '../lib/japanese-date.ts';
import { conditionSchema, eventSchema, programmeSchema, roomSchema } from '../schemas/index.ts';
import { yamlFromSchema, type TemplateHints, type TemplateObject } from './yaml-from-schema.ts';

/**
 * A new content file of each kind, ready to edit: every field staff must write, with sensible values that pass
 * the check as written (a room of an existing programme and condition, an event a month from today), and the
 * optional fields they may want as commented-out lines.
 */

export const scaffoldKinds = ['programme', 'condition', 'room', 'event'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

/** What already exists, so a new room or event can point at it. */
export interface ScaffoldContext {
  today: Date;
  programmes: string[];
  conditions: string[];
  roles: string[];
  /** Open rooms with their programme and roles, for a new event. */
  rooms: { id: string; programme: string; roles: string[] }[];
}

interface Template {
  folder: string;
  schema: z.ZodObject;
  values: TemplateObject;
  hints?: TemplateHints;
  body: string;
}

const dayMs = 86_400_000;
const iso = (day: Date, time: string) => `${tokyoDay(day)}T${time}+09:00`;

function templateFor(kind: ScaffoldKind, slug: string, context: ScaffoldContext): Template {
  const [programme = 'rare-disease'] = context.programmes;
  const [condition = 'scleroderma'] = context.conditions;
  switch (kind) {
    case 'programme':
      return {
        folder: 'programmes',
        schema: programmeSchema,
        values: {
          name: `新しいコミュニティ（${slug}）`,
          summary: 'どんな人が、どんなことを話せる場かを 1〜2 文で書きます。',
          audience: 'だれのための場か',
          operator: { name: '運営する団体の名前', email: 'info@example.jp' },
          mottos: ['大切にしていることを書きます。'],
          rules: ['本名や住所など、個人が分かることは書かないでください。'],
          privacy: ['ニックネームで参加できます。'],
          registration: { who: '参加できる人', anonymous: true, fee: '無料', how: '参加のしかたを書きます。' },
          moderation: { by: '見守る人', response: '困ったことを知らせたとき、どのくらいで対応するか' },
          channels: [{ kind: 'forum' }],
          order: 100,
          lastReviewed: tokyoDay(context.today),
        },
        body: 'コミュニティの成り立ちや考え方を書きます。',
      };
    case 'condition':
      return {
        folder: 'conditions',
        schema: conditionSchema,
        values: {
          name: `病名（${slug}）`,
          reading: 'びょうめい',
          aliases: [],
          status: 'preparing',
          summary: 'どんな病気の人と家族のための場かを 1〜2 文で書きます。',
          color: '#4F6FA8',
          order: 100,
          lastReviewed: tokyoDay(context.today),
        },
        hints: { scopeNote: '対象の範囲についての注意', forumSlug: slug, mentalHealth: false },
        body: '病気とコミュニティの紹介を書きます。',
      };
    case 'room':
      return {
        folder: 'rooms',
        schema: roomSchema,
        values: {
          name: `新しい部屋（${slug}）`,
          programme,
          condition,
          roles: context.roles.slice(0, 1),
          status: 'preparing',
          summary: 'どんな人が、どんなことを話せる部屋かを 1〜2 文で書きます。',
          openingNote: '開設の予定と、お知らせの受け取り方を書きます。',
          color: '#4F6FA8',
          order: 100,
          lastReviewed: tokyoDay(context.today),
        },
        hints: { visibility: 'public', forumSlug: slug, forumGroup: 'room_group' },
        body: '部屋のコンセプトや、はじめての人への案内を書きます。',
      };
    case 'event': {
      const [room] = context.rooms;
      const start = new Date(context.today.getTime() + 30 * dayMs);
      const deadline = new Date(start.getTime() - 3 * dayMs);
      return {
        folder: 'events',
        schema: eventSchema,
        values: {
          title: `交流会（${tokyoDay(start).slice(5, 7).replace(/^0/, '')}月・${slug}）`,
          summary: 'どんな会かを 1〜2 文で書きます。',
          programme: room?.programme ?? programme,
          rooms: room ? [room.id] : [],
          openTo: 'room-members',
          roles: room?.roles ?? context.roles.slice(0, 1),
          eligibility: ['参加の条件を書きます。'],
          start: iso(start, '14:00:00'),
          end: iso(start, '15:30:00'),
          format: 'online',
          online: 'Zoom を使います。参加用の URL は、お申し込みの後にお送りします。',
          fee: '無料',
          apply: {
            method: 'form',
            url: 'https://example.jp/apply',
            how: '申し込みフォームからお申し込みください。',
            deadline: iso(deadline, '23:59:00'),
          },
          status: 'scheduled',
          announced: tokyoDay(context.today),
        },
        hints: { capacity: 12 },
        body: '当日の流れや、参加する人への一言を書きます。',
      };
    }
  }
}

/** The new file's place under content/ and its text. */
export function scaffold(kind: ScaffoldKind, slug: string, context: ScaffoldContext): { path: string; text: string } {
  const template = templateFor(kind, slug, context);
  const yaml = yamlFromSchema(template.schema.shape, template.values, template.hints);
  return { path: `${template.folder}/${slug}.mdx`, text: ['---', ...yaml, '---', '', template.body, ''].join('\n') };
}
