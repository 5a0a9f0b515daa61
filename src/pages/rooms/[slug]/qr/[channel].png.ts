import type { APIRoute, GetStaticPaths } from 'astro';
import { qrCodePng } from '../../../../images/qr.ts';
import { roomQrCodes } from '../../../../images/room-qr.ts';

/** A room's QR code for one way in as a high-resolution PNG, for people who print from a phone or a word processor. */
export const getStaticPaths = (async () =>
  (await roomQrCodes()).map(({ room, channel, url }) => ({
    params: { slug: room.id, channel: channel.kind },
    props: { url },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ url: string }> = async ({ props }) =>
  new Response(new Uint8Array(await qrCodePng(props.url)), { headers: { 'Content-Type': 'image/png' } });
