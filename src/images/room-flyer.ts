import { qrCodeSvg, roomQrLabel } from './qr.ts';
import { getSite } from '../site/settings.ts';
import type { Catalog } from '../model/catalog.ts';
import type { Entry } from '../model/entry.ts';
import type { Room } from '../schemas/index.ts';
import { roomJoinUrl } from '../site/catalog.ts';
import { cachedPng } from './cache.ts';
import { flyerContent, type FlyerContent } from './flyer-content.ts';
import { flyerImage, flyerImageSize } from './flyer-image.ts';

/** The flyer of a room, from the site's content: what its page and its PNG both show. */
export function roomFlyer(catalog: Catalog, room: Entry<Room>): FlyerContent {
  return flyerContent({
    room,
    condition: catalog.conditionOf(room),
    roles: catalog.rolesOf(room),
    site: getSite(),
    joinUrl: roomJoinUrl(catalog, room),
  });
}

/** The flyer's QR code, the same one the room page shows. */
export function flyerQrSvg(flyer: FlyerContent): Promise<string> {
  return qrCodeSvg(flyer.qrUrl, roomQrLabel(flyer.roomName));
}

/** The flyer as a PNG for sharing in chats, rendered once and cached like the share images. */
export async function flyerPng(flyer: FlyerContent): Promise<Buffer> {
  const qr = `data:image/svg+xml;base64,${Buffer.from(await flyerQrSvg(flyer)).toString('base64')}`;
  return (await cachedPng(flyerImage(flyer, qr), flyerImageSize)).png;
}
