// qrcode's own SVG renderer, the one its toString uses, given a code already made (./qr-kept.ts): @types/qrcode
// describes only the package's entry.
declare module 'qrcode/lib/renderer/svg-tag.js' {
  import type { QRCode, QRCodeToStringOptions } from 'qrcode';

  export function render(code: QRCode, options: QRCodeToStringOptions): string;
}
