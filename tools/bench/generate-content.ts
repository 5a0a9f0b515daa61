import type { z } from 'astro/zod';
import { cycle } from './cycle.ts';
import type { conditionSchema, eventSchema, roomSchema } from '../../src/schemas/index.ts';
import type { ContentSize } from './bench-sizes.ts';
import { conditionNames, type ConditionName } from './condition-names.ts';

/**
 * A large, valid content set for the benchmark: conditions, rooms and events as staff would write them
 * (frontmatter in the schemas' input shape, plus an MDX body). Pure and deterministic for a given `now`:
 * the files are written by write-content.ts. Programmes, roles, guides and site settings are the sample content's
 * own: shared patient-and-family rooms belong to the rare-disease programme, members-only role rooms to the family
 * programme, and every fifth shared room also has a chat-app room.
 */

const programmes = { shared: 'rare-disease', family: 'family-salon' } as const;

export interface GeneratedEntry<T> {
  slug: string;
  data: T;
  body: string;
}

type ConditionInput = z.input<typeof conditionSchema>;
type RoomInput = z.input<typeof roomSchema>;
/** The schema takes moments as ISO text or dates; the generator writes text, as staff do. */
type EventInput = z.input<typeof eventSchema> & { start: string; end: string; apply: { deadline: string } };

export interface GeneratedContent {
  conditions: GeneratedEntry<ConditionInput>[];
  rooms: GeneratedEntry<RoomInput>[];
  events: GeneratedEntry<EventInput>[];
}

/** A role as the generator needs it: its file name and the short name used in room names. */
export interface RoleSummary {
  slug: string;
  shortName: string;
}

/** The role a patient room is for; every other role gets a members-only family room. */
const patientRole = 'patient';
const familyRole = 'family';

export function generateContent(size: ContentSize, roles: readonly RoleSummary[], now: Date): GeneratedContent {
  const names = conditionNames(size.conditions);
  const conditions = names.map((name, index) => conditionEntry(name, index));
  const rooms = roomEntries(size.rooms, conditions, names, roles);
  const events = eventEntries(size.events, rooms, names, roles, now);
  return { conditions, rooms, events };
}

/** Most conditions are open; every 17th is still being prepared and every 29th has closed. */
function conditionStatus(index: number): ConditionInput['status'] {
  if (index % 29 === 11) return 'closed';
  if (index % 17 === 5) return 'preparing';
  return 'open';
}

function conditionEntry(name: ConditionName, index: number): GeneratedEntry<ConditionInput> {
  return {
    slug: name.slug,
    data: {
      name: name.name,
      reading: name.reading,
      aliases: [name.shortName],
      status: conditionStatus(index),
      lastReviewed: '2026-11-01',
      summary: `${name.name}とともに暮らす人と家族が、同じ立場の人と出会い、暮らしの工夫を話し合うコミュニティです。`,
      ...(index % 4 === 0
        ? {
            scopeNote: `対象は${name.name}と診断された方とご家族です。似た名前の別の病気の方は、それぞれのコミュニティをご覧ください。`,
          }
        : {}),
      forumSlug: name.slug,
      color: colorOf(index),
      order: (index + 1) * 10,
    },
    body: [
      `${name.name}は患者さんの数が少なく、同じ病気の人に出会える機会はあまりありません。`,
      '毎日の小さな困りごとを話せる相手がいるだけで、気持ちが軽くなることがあります。',
      '',
      'このコミュニティでは、患者さんと家族が、暮らしの工夫や受診のときの気持ち、仕事や学校のことを話し合っています。',
      '運営スタッフと、患者さん自身の共同管理人が見守っています。',
      '',
    ].join('\n'),
  };
}

/**
 * Muted colours spread around the hue circle, dark enough for white text on the forum and to stand out 3:1 on the
 * site's page as a room's accent, whatever the hue (the check warns of a paler one).
 */
function colorOf(index: number): string {
  const hue = (index * 137) % 360;
  const [r, g, b] = hslToRgb(hue, 0.45, 0.28);
  return `#${[r, g, b]
    .map((channel) => channel.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

function hslToRgb(hue: number, saturation: number, lightness: number): [number, number, number] {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    return Math.round(255 * (lightness - chroma * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [channel(0), channel(8), channel(4)];
}

interface RoomKind {
  slugSuffix: string;
  forumSlug: string;
  roles: string[];
  label: string;
}

/** One shared patient-and-family room per condition first, then one room per role. */
function roomKinds(roles: readonly RoleSummary[]): RoomKind[] {
  return [
    {
      slugSuffix: 'community',
      forumSlug: 'community',
      roles: [patientRole, familyRole],
      label: '当事者・ご家族 オンラインコミュニティ',
    },
    ...roles.map((role) => ({
      slugSuffix: role.slug,
      forumSlug: role.slug,
      roles: [role.slug],
      label: `${role.shortName}の部屋`,
    })),
  ];
}

function roomEntries(
  count: number,
  conditions: GeneratedEntry<ConditionInput>[],
  names: ConditionName[],
  roles: readonly RoleSummary[],
): GeneratedEntry<RoomInput>[] {
  const kinds = roomKinds(roles);
  if (count > conditions.length * kinds.length) {
    throw new Error(
      `${conditions.length} conditions hold at most ${conditions.length * kinds.length} rooms; ${count} were asked for.`,
    );
  }
  // Room k serves condition k mod C, so rooms spread evenly: every condition gets its shared room before any gets a second.
  return Array.from({ length: count }, (_, index) => {
    const condition = cycle(conditions, index);
    const name = cycle(names, index);
    const kind = cycle(kinds, Math.floor(index / conditions.length));
    const status = roomStatus(condition.data.status, index);
    const membersOnly = !kind.roles.includes(patientRole);
    return {
      slug: `${condition.slug}-${kind.slugSuffix}`,
      data: {
        name: `${name.name} ${kind.label}`,
        programme: membersOnly ? programmes.family : programmes.shared,
        condition: condition.slug,
        roles: kind.roles,
        status,
        lastReviewed: '2026-11-01',
        summary: `${name.name}の${kind.label.replace(/の部屋$/, '')}が、気持ちや暮らしの工夫を安心して話し合える部屋です。`,
        ...(status === 'preparing'
          ? {
              openingNote: '共同管理人の方と開設の準備を進めています。2027 年の開設を目指しています。',
            }
          : {}),
        visibility: membersOnly ? 'members' : 'public',
        ...(membersOnly ? { forumGroup: `room_${index.toString().padStart(4, '0')}` } : {}),
        forumSlug: kind.forumSlug,
        color: condition.data.color,
        order: (Math.floor(index / conditions.length) + 1) * 10,
        ...(index % 5 === 0 && !membersOnly
          ? {
              channels: [
                { kind: 'chat', url: `https://line.me/ti/g2/hiroba-bench-${index}`, searchWord: name.shortName },
                { kind: 'forum' },
              ],
            }
          : {}),
      },
      body: `${name.name}の${kind.label}です。スタッフと共同管理人が見守っています。\n読むだけの参加でもかまいません。\n`,
    };
  });
}

/** A room follows its condition; a few rooms of open conditions are still being prepared. */
function roomStatus(conditionStatus: ConditionInput['status'], index: number): RoomInput['status'] {
  if (conditionStatus !== 'open') return conditionStatus;
  return index % 23 === 7 ? 'preparing' : 'open';
}

const dayMs = 86_400_000;

function eventEntries(
  count: number,
  rooms: GeneratedEntry<RoomInput>[],
  names: ConditionName[],
  roles: readonly RoleSummary[],
  now: Date,
): GeneratedEntry<EventInput>[] {
  const openRooms = rooms.filter((room) => room.data.status === 'open');
  if (count > 0 && openRooms.length === 0) throw new Error('Events need at least one open room.');
  const conditionName = new Map(names.map((name) => [name.slug, name.name]));
  const shortName = new Map(roles.map((role) => [role.slug, role.shortName]));
  // Midnight in Tokyo today, so times of day come out as written.
  const tokyoMidnight = Math.floor((now.getTime() + 9 * 3_600_000) / dayMs) * dayMs - 9 * 3_600_000;

  return Array.from({ length: count }, (_, index) => {
    // A stride coprime with most room counts spreads events over rooms instead of piling them on the first ones.
    const room = cycle(openRooms, index * 7);
    const disease = conditionName.get(room.data.condition) ?? room.data.condition;
    const who = room.data.roles.map((role) => shortName.get(role) ?? role).join('・');
    const format = cycle(['online', 'offline', 'hybrid'] as const, index);
    const dayOffset = index % 10 === 0 ? -(1 + (index % 90)) : 1 + ((index * 37) % 240);
    const start = tokyoMidnight + dayOffset * dayMs + (13 + (index % 6)) * 3_600_000;
    const status = index % 20 === 7 ? 'cancelled' : index % 10 === 3 ? 'full' : 'scheduled';
    return {
      slug: `${room.slug}-${String(index + 1).padStart(4, '0')}`,
      data: {
        title: `${disease} ${who}の交流会（第${index + 1}回）`,
        summary: `${disease}の${who}が、少人数で気持ちや暮らしの工夫を話し合う会です。`,
        programme: room.data.programme,
        rooms: [room.slug],
        openTo: 'room-members',
        roles: room.data.roles,
        eligibility: [`${disease}の${who}の方`, 'ニックネームで参加できる方'],
        start: tokyoTime(start),
        end: tokyoTime(start + 90 * 60_000),
        format,
        ...(format === 'online'
          ? {}
          : { venue: { name: '東京都内の区民会館 会議室（お申し込みの方にお知らせします）' } }),
        ...(format === 'offline'
          ? {}
          : { online: 'Zoom を使います。参加用の URL は、お申し込みの後にメールでお送りします。' }),
        capacity: 10 + (index % 15),
        fee: '無料',
        apply: {
          method: 'form',
          how: '申し込みフォームからお申し込みください。',
          url: `https://hiroba.example/apply/bench-${index + 1}`,
          deadline: tokyoTime(start - 3 * dayMs),
        },
        status,
        ...(status === 'cancelled'
          ? { statusNote: '会場の都合により中止します。次の交流会は、決まりしだいこのページでお知らせします。' }
          : {}),
        announced: tokyoTime(start - 30 * dayMs).slice(0, 10),
      },
      body: '話したくないことは話さなくてかまいません。\n体調がすぐれない日は、当日でも遠慮なくお休みください。\n',
    };
  });
}

/** 2026-12-05T14:00:00+09:00 */
export function tokyoTime(epochMs: number): string {
  return `${new Date(epochMs + 9 * 3_600_000).toISOString().slice(0, 19)}+09:00`;
}
