import type { APIRoute, GetStaticPaths } from 'astro';
import { qrCodeSvg } from '../../../../images/qr.ts';
import { roomQrCodes } from '../../../../images/room-qr.ts';

/** A room's QR code for one way in as SVG, for print shops and flyers of one's own. */
export const getStaticPaths = (async () =>
  (await roomQrCodes()).map(({ room, channel, url, label }) => ({
    params: { slug: room.id, channel: channel.kind },
    props: { url, label },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ url: string; label: string }> = async ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${await qrCodeSvg(props.url, props.label)}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
