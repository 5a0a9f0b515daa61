import QRCode from 'qrcode';
import { paths } from './urls.ts';

// M recovers from ~15 % damage: enough for a creased or smudged flyer while keeping modules large for old cameras.
const options = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** Pixels per side of the downloadable PNG: sharp when printed 10 cm wide at 300 dpi. */
const printWidth = 1200;

/** The QR code of `url` as an SVG document, labelled for screen readers and image viewers. */
export async function qrCodeSvg(url: string, label: string): Promise<string> {
  const svg = (await QRCode.toString(url, { ...options, type: 'svg' })).trim();
  const text = escapeXml(label);
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${text}" `).replace(/^(<svg[^>]*>)/, `$1<title>${text}</title>`);
}

/** The same code as a high-resolution PNG, for print. */
export function qrCodePng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...options, type: 'png', width: printWidth });
}

/** What a QR code of a room's join link says it is. */
export function roomQrLabel(roomName: string): string {
  return `「${roomName}」の参加ページを開く QR コード`;
}

/** Where a room's downloadable QR code lives. */
export function roomQrPath(roomSlug: string, format: 'svg' | 'png'): string {
  return `${paths.room(roomSlug)}qr.${format}`;
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
