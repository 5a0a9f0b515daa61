import { canJoin } from '../model/catalog.ts';
import { channelName, channelSteps, joinLink, type JoinChannel } from '../model/channels.ts';
import type { Entry } from '../model/entry.ts';
import type { Condition, Programme, Role, Room, Site } from '../schemas/index.ts';
import { absolute, paths } from '../model/urls.ts';
import { wayQrLabel } from './qr.ts';

/**
 * What a room's printed flyer says, decided once for both the printable page and its PNG, so the two never differ.
 * A flyer hangs in a waiting room for weeks: it says only what stays true. Each way into the room has its own QR
 * code, marked as coming from a flyer. Only a room that can be joined has one: the page of a room being prepared or
 * closed offers none (it says so and how to follow it), so a flyer of such a room would be printed by no one.
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
  /** Every way into the room, in the room's order. */
  ways: FlyerWay[];
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
  if (!canJoin(room)) throw new Error(`「${room.data.name}」は参加を受け付けていないため、チラシはありません。`);
  return {
    siteName: site.name,
    roomName: room.data.name,
    summary: room.data.summary,
    condition: condition.data.name,
    roles: roles.map((role) => role.data.name).join('、'),
    scopeNote: condition.data.scopeNote,
    mottos,
    ways: channels.map((channel) => ({
      kind: channel.kind,
      name: channelName(channel),
      steps: channelSteps(channel, programme.data),
      qrUrl: joinLink(site, programme.data.campaign, channel, 'flyer'),
      qrLabel: wayQrLabel(room.data.name, channel),
    })),
    pageUrl: absolute(site, paths.room(room.id)),
    programme: programme.data.name,
    operator: programme.data.operator.name,
    contact: programme.data.operator.email,
  };
}
