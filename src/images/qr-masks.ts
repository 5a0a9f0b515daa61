import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import QRCode from 'qrcode';
import { cacheKey } from '../lib/cache-key.ts';

/**
 * Which of the eight masks each link's QR code uses, kept between builds. Choosing it — drawing the code with every
 * mask and scoring each against the patterns that confuse scanners — is most of the cost of a code (national
 * bench set: 3 s of a warm build's routes), and for a given link, options and version of qrcode it is always the
 * same one. A code drawn with the kept mask is therefore the code qrcode would choose by itself, bit for bit.
 *
 * The file is only appended to, one line per new link, so pages rendered side by side and two builds at once never
 * lose each other's lines; a line that cannot be read is passed over and the mask chosen again.
 */

export type QrOptions = Readonly<{ errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H'; margin: number }>;

interface MaskFile {
  file: string;
  masks: Map<string, QRCode.QRCodeMaskPattern>;
}

const files = new Map<string, MaskFile>();

function isMask(value: unknown): value is QRCode.QRCodeMaskPattern {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 8;
}

function maskFile(options: QrOptions, dir: string): MaskFile {
  const file = join(dir, `${cacheKey({ options }, ['qrcode'])}.jsonl`);
  let kept = files.get(file);
  if (kept) return kept;
  kept = { file, masks: new Map() };
  let lines: string[] = [];
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch {
    // No codes kept yet.
  }
  for (const line of lines) {
    try {
      const [url, mask] = JSON.parse(line) as unknown[];
      if (typeof url === 'string' && isMask(mask)) kept.masks.set(url, mask);
    } catch {
      // An empty line, or one cut short by a build stopped while writing it: its mask is chosen again.
    }
  }
  files.set(file, kept);
  return kept;
}

/** The mask qrcode chooses for the code of `url`: chosen once, then kept in `dir`. */
export function qrMask(
  url: string,
  options: QrOptions,
  dir = resolve('.cache/qr-masks'),
): QRCode.QRCodeMaskPattern | undefined {
  const kept = maskFile(options, dir);
  const known = kept.masks.get(url);
  if (known !== undefined) return known;
  const mask = QRCode.create(url, options).maskPattern;
  if (mask === undefined) return undefined;
  kept.masks.set(url, mask);
  try {
    mkdirSync(dir, { recursive: true });
    appendFileSync(kept.file, `${JSON.stringify([url, mask])}\n`);
  } catch {
    // Keeping it only saves time: without a writable cache the next build chooses it again.
  }
  return mask;
}
