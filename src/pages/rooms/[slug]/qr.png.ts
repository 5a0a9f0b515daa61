import type { APIRoute, GetStaticPaths } from 'astro';
import { canJoin } from '../../../model/catalog.ts';
import { qrCodePng } from '../../../images/qr.ts';
import { getCatalog, roomJoinUrl } from '../../../site/catalog.ts';

/** The room's join QR code as a high-resolution PNG, for people who print from a phone or a word processor. */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.rooms
    .filter(canJoin)
    .map((room) => ({ params: { slug: room.id }, props: { url: roomJoinUrl(catalog, room) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ url: string }> = async ({ props }) =>
  new Response(new Uint8Array(await qrCodePng(props.url)), { headers: { 'Content-Type': 'image/png' } });
