import type { APIRoute, GetStaticPaths } from 'astro';
import { canJoin } from '../../../model/catalog.ts';
import { qrCodeSvg, roomQrLabel } from '../../../images/qr.ts';
import { getCatalog, roomJoinUrl } from '../../../site/catalog.ts';

/** The room's join QR code as an SVG file, for flyers and print; only rooms people can join have one. */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.rooms
    .filter(canJoin)
    .map((room) => ({ params: { slug: room.id }, props: { url: roomJoinUrl(catalog, room), name: room.data.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ url: string; name: string }> = async ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${await qrCodeSvg(props.url, roomQrLabel(props.name))}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
