import { canJoin, type Catalog } from '../model/catalog.ts';
import { joinLink, type JoinChannel } from '../model/channels.ts';
import type { Entry } from '../model/entry.ts';
import type { Room, Site } from '../schemas/index.ts';
import { wayQrLabel } from './qr.ts';

/** One QR code of one way into a room, as the room page shows it and offers it to download. */
export interface RoomQrCode {
  room: Entry<Room>;
  channel: JoinChannel;
  /** The channel's link with the campaign marks of a QR code. */
  url: string;
  label: string;
}

/** The QR codes of every open room's ways in. */
export function roomQrCodes(catalog: Catalog, site: Site): RoomQrCode[] {
  return catalog.rooms.filter(canJoin).flatMap((room) =>
    catalog.channelsOf(room).map((channel) => ({
      room,
      channel,
      url: joinLink(site, catalog.programmeOf(room).data.campaign, channel, 'qr'),
      label: wayQrLabel(room.data.name, channel),
    })),
  );
}
