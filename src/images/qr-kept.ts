import { mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import QRCode from 'qrcode';
import { cacheKey } from '../lib/cache-key.ts';

/**
 * Each link's QR code, kept between builds: the mask it uses and its SVG. Choosing the mask — drawing the code with
 * every mask and scoring each against the patterns that confuse scanners — and splitting the link into the
 * cheapest segments are most of the cost of a code (national bench set, 5,770 codes on the pages: 3 s for the
 * masks, then 1.9 s for the rest), and for a given link, options and version of qrcode both always come out the
 * same. A code drawn with the kept mask is therefore the code qrcode would choose by itself, bit for bit, and the
 * kept SVG is the one it would draw.
 *
 * The file is only appended to, one line per new link or SVG, so pages rendered side by side and two builds at once
 * never lose each other's lines; a line that cannot be read is passed over and its code made again. It is opened for
 * appending once per build, not once per line: a cold national build keeps 7,958 lines, and opening the file and
 * making its folder for each were 24,000 calls on the thread rendering the pages.
 */

export type QrOptions = Readonly<{ errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H'; margin: number }>;

interface KeptCode {
  mask: QRCode.QRCodeMaskPattern;
  svg?: string;
}

interface KeptFile {
  file: string;
  codes: Map<string, KeptCode>;
  /** The file opened for appending, once a code is kept; `false` once it could not be opened. */
  appending?: number | false;
}

const files = new Map<string, KeptFile>();

function isMask(value: unknown): value is QRCode.QRCodeMaskPattern {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 8;
}

function keptFile(options: QrOptions, dir: string): KeptFile {
  const file = join(dir, `${cacheKey({ options }, ['qrcode'])}.jsonl`);
  let kept = files.get(file);
  if (kept) return kept;
  kept = { file, codes: new Map() };
  let lines: string[] = [];
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch {
    // No codes kept yet.
  }
  for (const line of lines) {
    try {
      const [url, mask, svg] = JSON.parse(line) as unknown[];
      if (typeof url !== 'string' || !isMask(mask)) continue;
      // A line with the SVG may come before or after the line with the mask alone.
      const drawn = typeof svg === 'string' ? svg : kept.codes.get(url)?.svg;
      kept.codes.set(url, drawn === undefined ? { mask } : { mask, svg: drawn });
    } catch {
      // An empty line, or one cut short by a build stopped while writing it: its code is made again.
    }
  }
  files.set(file, kept);
  return kept;
}

/** The kept file opened for appending, or `false` when it cannot be written. */
function appendingTo(kept: KeptFile, dir: string): number | false {
  if (kept.appending === undefined) {
    try {
      mkdirSync(dir, { recursive: true });
      kept.appending = openSync(kept.file, 'a');
    } catch {
      kept.appending = false;
    }
  }
  return kept.appending;
}

function keep(kept: KeptFile, dir: string, url: string, code: KeptCode): void {
  kept.codes.set(url, code);
  const fd = appendingTo(kept, dir);
  // Keeping it only saves time: without a writable cache the next build makes it again.
  if (fd === false) return;
  try {
    writeSync(fd, `${JSON.stringify(code.svg === undefined ? [url, code.mask] : [url, code.mask, code.svg])}\n`);
  } catch {
    kept.appending = false;
  }
}

const defaultDir = () => resolve('.cache/qr-codes');

/** The mask qrcode chooses for the code of `url`: chosen once, then kept in `dir`. */
export function keptQrMask(url: string, options: QrOptions, dir = defaultDir()): QRCode.QRCodeMaskPattern | undefined {
  const kept = keptFile(options, dir);
  const known = kept.codes.get(url);
  if (known) return known.mask;
  const mask = QRCode.create(url, options).maskPattern;
  if (mask !== undefined) keep(kept, dir, url, { mask });
  return mask;
}

/** The SVG qrcode draws for the code of `url`: drawn once, then kept in `dir`. */
export async function keptQrSvg(url: string, options: QrOptions, dir = defaultDir()): Promise<string> {
  const kept = keptFile(options, dir);
  const known = kept.codes.get(url);
  if (known?.svg !== undefined) return known.svg;
  const mask = keptQrMask(url, options, dir);
  const svg = await QRCode.toString(url, { ...options, maskPattern: mask, type: 'svg' });
  if (mask !== undefined) keep(kept, dir, url, { mask, svg });
  return svg;
}
