import { canJoin } from '../model/catalog.ts';
import type { Entry } from '../model/entry.ts';
import type { Condition, Role, Room, Site } from '../schemas/index.ts';
import { absolute, paths } from '../model/urls.ts';

/**
 * What a room's printed flyer says, decided once for both the printable page and its PNG, so the two never differ.
 * A flyer hangs in a waiting room for weeks: it says only what stays true, and its QR code opens the same join
 * link as the room page.
 */

/** Where the downloadable flyer image of a room lives. */
export function flyerImagePath(roomSlug: string): string {
  return `${paths.room(roomSlug)}flyer.png`;
}

interface FlyerStep {
  title: string;
  detail: string;
}

export interface FlyerContent {
  siteName: string;
  roomName: string;
  summary: string;
  condition: string;
  roles: string;
  scopeNote?: string | undefined;
  mottos: string[];
  /** Three steps for a room that is open; none for a room still being prepared or closed. */
  steps: FlyerStep[];
  /** Why there are no steps, for a room that cannot be joined. */
  unavailableNote?: string | undefined;
  /** What the QR code opens: the room's join link, or its page on this site while it cannot be joined. */
  qrUrl: string;
  qrCaption: string;
  /** The room page, printed as text for people who cannot scan. */
  pageUrl: string;
  operator: string;
  contact: string;
}

export interface FlyerInput {
  room: Entry<Room>;
  condition: Entry<Condition>;
  roles: Entry<Role>[];
  site: Site;
  joinUrl: string;
}

function joinSteps(room: Entry<Room>): FlyerStep[] {
  const last =
    room.data.visibility === 'members'
      ? {
          title: '参加を申し込む',
          detail: '「参加を申し込む」を押すと、スタッフが確かめてから部屋に入れます（たいてい 1〜2 日）。',
        }
      : { title: '部屋に入る', detail: '読むだけでも大丈夫です。話したくなったら、ひとこと書いてみてください。' };
  return [
    { title: 'QR コードを読み取る', detail: 'スマートフォンのカメラを QR コードに向けると、参加のページが開きます。' },
    {
      title: 'ニックネームで登録する',
      detail: 'メールアドレスとニックネームだけで登録できます。本名は要りません。無料です。',
    },
    last,
  ];
}

export function flyerContent({ room, condition, roles, site, joinUrl }: FlyerInput): FlyerContent {
  const open = canJoin(room);
  const pageUrl = absolute(site, paths.room(room.id));
  return {
    siteName: site.name,
    roomName: room.data.name,
    summary: room.data.summary,
    condition: condition.data.name,
    roles: roles.map((role) => role.data.name).join('、'),
    scopeNote: condition.data.scopeNote,
    mottos: room.data.mottos,
    steps: open ? joinSteps(room) : [],
    unavailableNote: open
      ? undefined
      : room.data.status === 'preparing'
        ? `この部屋は開設の準備中です。${room.data.openingNote ?? ''}`
        : 'この部屋は終了しました。',
    qrUrl: open ? joinUrl : pageUrl,
    qrCaption: open ? '読み取ると、参加のページが開きます' : '読み取ると、この部屋のページが開きます',
    pageUrl,
    operator: site.operator.name,
    contact: site.contact.email,
  };
}
