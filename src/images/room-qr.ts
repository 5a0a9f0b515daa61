import { canJoin } from '../model/catalog.ts';
import type { JoinChannel } from '../model/channels.ts';
import type { Entry } from '../model/entry.ts';
import type { Room } from '../schemas/index.ts';
import { wayQrLabel } from './qr.ts';
import { getCatalog, roomJoinLink } from '../site/catalog.ts';

/** One QR code of one way into a room, as the room page shows it and offers it to download. */
export interface RoomQrCode {
  room: Entry<Room>;
  channel: JoinChannel;
  /** The channel's link with the campaign marks of a QR code. */
  url: string;
  label: string;
}

/** The QR codes of every open room's ways in. */
export async function roomQrCodes(): Promise<RoomQrCode[]> {
  const catalog = await getCatalog();
  return catalog.rooms.filter(canJoin).flatMap((room) =>
    catalog.channelsOf(room).map((channel) => ({
      room,
      channel,
      url: roomJoinLink(catalog, room, channel, 'qr'),
      label: wayQrLabel(room.data.name, channel),
    })),
  );
}
