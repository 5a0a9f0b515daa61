import type { APIRoute, GetStaticPaths } from 'astro';
import type { FlyerContent } from '../../../images/flyer-content.ts';
import { flyerPng, roomFlyer } from '../../../images/room-flyer.ts';
import { getCatalog } from '../../../site/catalog.ts';

/** The room's flyer as one A4-shaped image, to send in a chat or print from a phone. */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.rooms.map((room) => ({ params: { slug: room.id }, props: { flyer: roomFlyer(catalog, room) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ flyer: FlyerContent }> = async ({ props }) =>
  new Response(new Uint8Array(await flyerPng(props.flyer)), { headers: { 'Content-Type': 'image/png' } });
