import { getSite } from '../site/settings.ts';
import type { Catalog } from '../model/catalog.ts';
import type { Entry } from '../model/entry.ts';
import type { Room, Site } from '../schemas/index.ts';
import { paths } from '../model/urls.ts';
import { renderPicturePng } from './render.ts';
import { flyerContent, type FlyerContent } from './flyer-content.ts';
import { flyerImage } from './flyer-image.ts';

/** The flyer of a room, from the site's content: what its page and its PNG both show. */
export function roomFlyer(catalog: Catalog, room: Entry<Room>, site: Site = getSite()): FlyerContent {
  return flyerContent({
    room,
    condition: catalog.conditionOf(room),
    roles: catalog.rolesOf(room),
    programme: catalog.programmeOf(room),
    mottos: catalog.mottosOf(room),
    channels: catalog.channelsOf(room),
    site,
  });
}

/** One QR code the flyer page prints, as an SVG file of the site (drawn with the room's images, ./room-images.ts). */
export interface FlyerQrCode {
  /** The file's path as served. */
  path: string;
  url: string;
  label: string;
}

/** The flyer's QR codes: one per way in. */
export function flyerQrCodes(room: Entry<Room>, flyer: FlyerContent): FlyerQrCode[] {
  return flyer.ways.map((way) => ({ path: paths.roomFlyerQr(room.id, way.kind), url: way.qrUrl, label: way.qrLabel }));
}

/** The flyer as a PNG for sharing in chats (cached by the build's image step, ./room-images.ts). */
export function flyerPng(flyer: FlyerContent): Buffer {
  return renderPicturePng(flyerImage(flyer));
}
