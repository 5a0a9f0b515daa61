import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { afterAll, describe, expect, it } from 'vitest';
import { keptQrCode, keptQrSvg } from '../../src/images/qr-kept.ts';
import { decodeQrSvg } from '../support/decode-qr.ts';

const folder = await mkdtemp(join(tmpdir(), 'hiroba-qr-masks-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

const options = { errorCorrectionLevel: 'M', margin: 4 } as const;
const links = [
  'https://line.me/ti/g2/AbCdEfGhIjKlMnOpQrStUv?utm_source=hiroba&utm_medium=qr',
  'https://forum.example/c/rooms/mpa-family/12?utm_medium=flyer',
  'https://hiroba.example/rooms/scleroderma-sibling/',
  'https://forms.example/apply?event=2026-12-19-mpa&from=qr',
];

describe('each QR code, kept between builds', () => {
  it('has the mask qrcode chooses itself, so a code drawn with it is the same code bit for bit', async () => {
    const dir = join(folder, 'same');
    for (const url of links) {
      const own = await QRCode.toString(url, { ...options, type: 'svg' });
      const kept = await QRCode.toString(url, {
        ...options,
        type: 'svg',
        maskPattern: keptQrCode(url, options, dir).maskPattern,
      });
      expect(kept).toBe(own);
      expect(decodeQrSvg(kept)).toBe(url);
    }
  });

  it('is written once per link and read back by the next build', async () => {
    const dir = join(folder, 'written');
    for (const url of [...links, ...links]) keptQrCode(url, options, dir);
    const [file] = await readdir(dir);
    const lines = (await readFile(join(dir, file ?? ''), 'utf8')).trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as unknown[])[0])).toEqual(links);
    // Within a build, a code asked for again is the one already made.
    for (const url of links) expect(keptQrCode(url, options, dir)).toBe(keptQrCode(url, options, dir));
  });

  it('is read from the file a build kept, and made again for a line cut short', async () => {
    const [first = '', second = ''] = links;
    const probe = join(folder, 'probe');
    keptQrCode(second, options, probe);
    const [name = ''] = await readdir(probe);
    const planted = ((QRCode.create(second, options).maskPattern ?? 0) + 1) % 8;
    const dir = join(folder, 'kept');
    await mkdir(dir);
    await writeFile(join(dir, name), `["${first}", 3\n${JSON.stringify([second, planted])}\n`);
    expect(keptQrCode(first, options, dir).maskPattern).toBe(QRCode.create(first, options).maskPattern);
    expect(keptQrCode(second, options, dir).maskPattern).toBe(planted);
  });

  it('is drawn as qrcode draws it, once, and the SVG kept is read back by the next build', async () => {
    const dir = join(folder, 'svg');
    for (const url of links) {
      const own = await QRCode.toString(url, { ...options, type: 'svg' });
      expect(keptQrSvg(url, options, dir)).toBe(own);
      expect(keptQrSvg(url, options, dir)).toBe(own);
    }
    const [file = ''] = await readdir(dir);
    const lines = (await readFile(join(dir, file), 'utf8')).trim().split('\n');
    // The mask line and the SVG line of each link.
    expect(lines).toHaveLength(links.length * 2);
    const [first = ''] = links;
    const planted = join(folder, 'svg-planted');
    await mkdir(planted);
    await writeFile(join(planted, file), `${JSON.stringify([first, 0, '<svg>kept</svg>'])}\n`);
    expect(keptQrSvg(first, options, planted)).toBe('<svg>kept</svg>');
  });
});
