import { join, resolve } from 'node:path';
import QRCode from 'qrcode';
import { render as renderSvg } from 'qrcode/lib/renderer/svg-tag.js';
import { cacheKey } from '../lib/cache-key.ts';
import { keptLines, type KeptLines } from '../lib/kept-lines.ts';

/**
 * Each link's QR code, kept between builds: the mask it uses and its SVG. Choosing the mask — drawing the code with
 * every mask and scoring each against the patterns that confuse scanners — and splitting the link into the
 * cheapest segments are most of the cost of a code (national bench set, 5,770 codes on the pages: 3 s for the
 * masks, then 1.9 s for the rest), and for a given link, options and version of qrcode both always come out the
 * same. A code drawn with the kept mask is therefore the code qrcode would choose by itself, bit for bit, and the
 * kept SVG is the one it would draw.
 *
 * They are kept one line per new link or SVG in a file only appended to (../lib/kept-lines.ts); a line that cannot
 * be read is passed over and its code made again.
 *
 * Within a build, each code is also made only once: a room's flyer prints it, and its PNG and SVG draw it again
 * (national bench set, measured apart: its 4,273 QR downloads 8.1 → 7.3 s of CPU).
 */

export type QrOptions = Readonly<{ errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H'; margin: number }>;

interface KeptCode {
  mask: QRCode.QRCodeMaskPattern;
  svg?: string;
}

interface KeptFile {
  codes: Map<string, KeptCode>;
  lines: KeptLines;
  /** The codes made in this process, by link: a few thousand at most are asked for again. */
  made: Map<string, QRCode.QRCode>;
}

const madeLimit = 5_000;

const files = new Map<string, KeptFile>();

function isMask(value: unknown): value is QRCode.QRCodeMaskPattern {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 8;
}

function keptFile(options: QrOptions, dir: string): KeptFile {
  const file = join(dir, `${cacheKey({ options }, ['qrcode'])}.jsonl`);
  let kept = files.get(file);
  if (kept) return kept;
  kept = { codes: new Map(), lines: keptLines(file), made: new Map() };
  for (const line of kept.lines.lines) {
    try {
      const [url, mask, svg] = JSON.parse(line) as unknown[];
      if (typeof url !== 'string' || !isMask(mask)) continue;
      // A line with the SVG may come before or after the line with the mask alone.
      const drawn = typeof svg === 'string' ? svg : kept.codes.get(url)?.svg;
      kept.codes.set(url, drawn === undefined ? { mask } : { mask, svg: drawn });
    } catch {
      // An empty line, or one cut short: its code is made again.
    }
  }
  files.set(file, kept);
  return kept;
}

function keep(kept: KeptFile, url: string, code: KeptCode): void {
  kept.codes.set(url, code);
  kept.lines.keep(JSON.stringify(code.svg === undefined ? [url, code.mask] : [url, code.mask, code.svg]));
}

const defaultDir = () => resolve('.cache/qr-codes');

/**
 * The code of `url` as qrcode makes it: with the mask it chooses, chosen once and then kept in `dir`; made once per
 * process.
 */
export function keptQrCode(url: string, options: QrOptions, dir = defaultDir()): QRCode.QRCode {
  const kept = keptFile(options, dir);
  const made = kept.made.get(url);
  if (made) return made;
  const mask = kept.codes.get(url)?.mask;
  const code = QRCode.create(url, mask === undefined ? options : { ...options, maskPattern: mask });
  if (mask === undefined && code.maskPattern !== undefined) keep(kept, url, { mask: code.maskPattern });
  if (kept.made.size >= madeLimit) kept.made.clear();
  kept.made.set(url, code);
  return code;
}

/** The SVG qrcode draws for the code of `url` (what its toString draws): drawn once, then kept in `dir`. */
export function keptQrSvg(url: string, options: QrOptions, dir = defaultDir()): string {
  const kept = keptFile(options, dir);
  const known = kept.codes.get(url);
  if (known?.svg !== undefined) return known.svg;
  const code = keptQrCode(url, options, dir);
  const svg = renderSvg(code, { ...options, type: 'svg' });
  if (code.maskPattern !== undefined) keep(kept, url, { mask: code.maskPattern, svg });
  return svg;
}
