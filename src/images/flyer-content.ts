import { canJoin } from '../model/catalog.ts';
import { channelName, channelSteps, joinLink, type JoinChannel } from '../model/channels.ts';
import type { Entry } from '../model/entry.ts';
import type { Condition, Programme, Role, Room, Site } from '../schemas/index.ts';
import { absolute, paths } from '../model/urls.ts';
import { wayQrLabel } from './qr.ts';

/**
 * What a room's printed flyer says, decided once for both the printable page and its PNG, so the two never differ.
 * A flyer hangs in a waiting room for weeks: it says only what stays true. Each way into the room has its own QR
 * code, marked as coming from a flyer.
 */

/** One way in, as the flyer prints it. */
interface FlyerWay {
  kind: JoinChannel['kind'];
  name: string;
  steps: string[];
  /** What the QR code opens: the channel's link with the flyer's campaign marks. */
  qrUrl: string;
  qrLabel: string;
}

export interface FlyerContent {
  siteName: string;
  roomName: string;
  summary: string;
  condition: string;
  roles: string;
  scopeNote?: string | undefined;
  mottos: string[];
  /** Every way into an open room, in the room's order; none for a room still being prepared or closed. */
  ways: FlyerWay[];
  /** Why there is no way in yet, for a room that cannot be joined; its QR code then opens the room page. */
  unavailable?: { note: string; qrUrl: string; qrLabel: string } | undefined;
  /** The room page, printed as text for people who cannot scan. */
  pageUrl: string;
  programme: string;
  operator: string;
  contact: string;
}

export interface FlyerInput {
  room: Entry<Room>;
  condition: Entry<Condition>;
  roles: Entry<Role>[];
  programme: Entry<Programme>;
  mottos: string[];
  channels: JoinChannel[];
  site: Site;
}

export function flyerContent({ room, condition, roles, programme, mottos, channels, site }: FlyerInput): FlyerContent {
  const open = canJoin(room);
  const pageUrl = absolute(site, paths.room(room.id));
  return {
    siteName: site.name,
    roomName: room.data.name,
    summary: room.data.summary,
    condition: condition.data.name,
    roles: roles.map((role) => role.data.name).join('、'),
    scopeNote: condition.data.scopeNote,
    mottos,
    ways: open
      ? channels.map((channel) => ({
          kind: channel.kind,
          name: channelName(channel),
          steps: channelSteps(channel, programme.data),
          qrUrl: joinLink(site, programme.data.campaign, channel, 'flyer'),
          qrLabel: wayQrLabel(room.data.name, channel),
        }))
      : [],
    unavailable: open
      ? undefined
      : {
          note:
            room.data.status === 'preparing'
              ? `この部屋は開設の準備中です。${room.data.openingNote ?? ''}`
              : 'この部屋は終了しました。',
          qrUrl: pageUrl,
          qrLabel: `「${room.data.name}」のページを開く QR コード`,
        },
    pageUrl,
    programme: programme.data.name,
    operator: programme.data.operator.name,
    contact: programme.data.operator.email,
  };
}
