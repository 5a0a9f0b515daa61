import type { CheckableContent } from '../../../src/checker/cross-check.ts';
import type { Entry } from '../../../src/model/entry.ts';
import type { Problem } from '../../../src/lib/problem.ts';
import type { Condition, EventEntry, Programme, Role, Room, Site } from '../../../src/schemas/index.ts';

/** Small content sets built in memory, for the checks that read content already validated. */

export const now = new Date('2026-11-30T12:00:00+09:00');

function entry<T>(folder: string, slug: string, data: T): Entry<T> {
  return { id: slug, file: `content/${folder}/${slug}.mdx`, data, body: '' };
}

export function condition(slug: string, data: Partial<Condition> = {}): Entry<Condition> {
  return entry('conditions', slug, {
    name: `病気 ${slug}`,
    reading: 'びょうき',
    aliases: [],
    searchWords: [],
    status: 'open',
    summary: '紹介',
    mentalHealth: false,
    color: '4F6FA8',
    order: 100,
    sources: [],
    facts: [],
    lastReviewed: '2026-11-01',
    ...data,
  });
}

function role(slug: string): Entry<Role> {
  return entry('roles', slug, {
    name: `立場 ${slug}`,
    shortName: slug,
    reading: 'たちば',
    aliases: [],
    searchWords: [],
    summary: '紹介',
    order: 100,
    forChildren: false,
    lastReviewed: '2026-11-01',
  });
}

function programme(slug: string, data: Partial<Programme> = {}): Entry<Programme> {
  return entry('programmes', slug, {
    name: `プログラム ${slug}`,
    summary: '紹介',
    searchWords: [],
    audience: '患者さんとご家族',
    operator: { name: '運営', email: 'info@example.jp' },
    mottos: ['ひとりじゃない'],
    rules: ['個人情報は書かない'],
    privacy: ['ニックネームで参加できます'],
    registration: { who: '患者さんとご家族', anonymous: true, fee: '無料', how: '部屋に参加します' },
    moderation: { by: 'スタッフ', response: '1 日以内' },
    channels: [{ kind: 'forum', tracking: true }],
    campaign: {
      source: 'invitation',
      campaign: 'default',
      media: { qr: 'qr_code', flyer: 'flyer', page: 'web_page', share: 'link_copy' },
    },
    order: 100,
    lastReviewed: '2026-11-01',
    ...data,
  });
}

export function room(slug: string, data: Partial<Room> = {}): Entry<Room> {
  return entry('rooms', slug, {
    name: `部屋 ${slug}`,
    programme: 'rare',
    condition: 'scleroderma',
    roles: ['patient'],
    status: 'open',
    summary: '紹介',
    visibility: 'public',
    color: '4F6FA8',
    order: 100,
    forChildren: false,
    lastReviewed: '2026-11-01',
    ...data,
  });
}

export function event(slug: string, data: Partial<EventEntry> = {}): Entry<EventEntry> {
  return entry('events', slug, {
    title: `交流会 ${slug}`,
    summary: '紹介',
    programme: 'rare',
    rooms: ['scleroderma'],
    openTo: 'room-members',
    roles: ['patient'],
    eligibility: ['患者さん'],
    start: '2026-12-12T14:00:00+09:00',
    end: '2026-12-12T15:30:00+09:00',
    format: 'online',
    online: 'Zoom',
    fee: '無料',
    apply: {
      method: 'form',
      url: 'https://example.jp/apply',
      how: 'フォームから',
      deadline: '2026-12-09T23:59:00+09:00',
    },
    status: 'scheduled',
    forChildren: false,
    ...data,
  });
}

export function site(lastReviewed: string[]): Site {
  return {
    name: 'ひろば',
    tagline: '広場',
    url: 'https://hiroba.example/',
    publisher: { name: '運営' },
    contact: { email: 'info@hiroba.example' },
    crisisResources: lastReviewed.map((day, index) => ({
      name: `相談先 ${index}`,
      tier: 'talk',
      who: 'だれでも',
      description: '相談できます',
      phone: '0120-000-000',
      hours: '24 時間',
      cost: 'free',
      source: 'https://example.jp/soudan/',
      lastReviewed: day,
    })),
    quickExit: 'https://weather.example.jp/',
    crisisWords: [],
    forum: { url: 'https://forum.hiroba.example/', calendarEvents: false },
  };
}

/** A small, consistent content set; each test breaks one thing in it. */
export function content(overrides: Partial<CheckableContent> = {}): CheckableContent {
  return {
    programmes: [programme('rare')],
    conditions: [condition('scleroderma')],
    roles: [role('patient'), role('family')],
    rooms: [room('scleroderma', { roles: ['patient', 'family'] })],
    events: [event('december')],
    guides: [],
    ...overrides,
  };
}

/** Where problems were found, in a stable order: the report sorts them anyway. */
export const places = (problems: Problem[]) =>
  problems.map((problem) => `${problem.severity} ${problem.file} ${problem.field ?? ''}`).sort();
