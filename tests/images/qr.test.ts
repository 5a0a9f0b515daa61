import { describe, expect, it } from 'vitest';
import { canJoin } from '../../src/model/catalog.ts';
import { qrCodePng, qrCodeSvg, qrCodeSvgDocument, wayQrLabel } from '../../src/images/qr.ts';
import { paths } from '../../src/model/urls.ts';
import { decodeQrPng, decodeQrSvg } from '../support/decode-qr.ts';
import { loadSampleContent } from '../support/sample-content.ts';

const { catalog, waysInto } = await loadSampleContent();
const joinableRooms = catalog.rooms.filter(canJoin);

describe('room QR codes', () => {
  it('exist for every room people can join in the sample', () => {
    expect(joinableRooms.length).toBeGreaterThan(0);
  });

  it('are made once per link and label in a build, a new label giving its own code', async () => {
    const url = 'https://hiroba.example/rooms/mpa/?utm_medium=qr';
    expect(qrCodeSvg(url, '部屋 A')).toBe(qrCodeSvg(url, '部屋 A'));
    const relabelled = qrCodeSvg(url, '部屋 B');
    expect(relabelled).toContain('<title>部屋 B</title>');
    expect(qrCodeSvg(url, '部屋 A')).toContain('<title>部屋 A</title>');
    expect(decodeQrSvg(relabelled)).toBe(url);
  });

  for (const room of joinableRooms) {
    it(`read back as exactly the link of every way into ${room.id}, as SVG and as PNG`, async () => {
      const ways = waysInto(room, 'qr');
      expect(ways.length).toBeGreaterThan(0);
      for (const { channel, url } of ways) {
        expect(decodeQrSvg(qrCodeSvg(url, wayQrLabel(room.data.name, channel)))).toBe(url);
        expect(decodeQrPng(qrCodePng(url))).toBe(url);
      }
    });
  }

  it('say what they are to screen readers and image viewers', async () => {
    const svg = qrCodeSvg('https://forum.example/g/x', '「親の部屋」の参加ページを開く QR コード');
    expect(svg).toMatch(/^<svg role="img" aria-label="「親の部屋」の参加ページを開く QR コード" /);
    expect(svg).toContain('<title>「親の部屋」の参加ページを開く QR コード</title>');
  });

  it('keep a room name with markup characters as text', async () => {
    const svg = qrCodeSvg('https://forum.example/g/x', 'A & B <部屋> "x"');
    expect(svg).toContain('aria-label="A &#38; B &#60;部屋&#62; &#34;x&#34;"');
    expect(decodeQrSvg(svg)).toBe('https://forum.example/g/x');
  });

  it('are big enough to print: the PNG is at least 1000 pixels wide', () => {
    const png = qrCodePng('https://forum.example/g/x');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1000);
    // One bit a pixel, gray: black and white exactly.
    expect([png[24], png[25]]).toEqual([1, 0]);
  });

  it('are drawn as the same PNG bytes every time', () => {
    const url = 'https://forum.example/g/cached-room';
    expect(qrCodePng(url).equals(qrCodePng(url))).toBe(true);
    expect(decodeQrPng(qrCodePng(url))).toBe(url);
  });

  it('are offered as an SVG file of their own, an XML document with the code', async () => {
    const url = 'https://forum.example/g/x';
    const file = qrCodeSvgDocument(url, '部屋 A');
    expect(file).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg role="img" /);
    expect(file.endsWith('</svg>\n')).toBe(true);
    expect(decodeQrSvg(file)).toBe(url);
  });

  it('are downloadable from beside the room page, one per way in', () => {
    expect(paths.roomQr('mpa', 'chat', 'svg')).toBe('/rooms/mpa/qr-chat.svg');
    expect(paths.roomQr('mpa', 'forum', 'png')).toBe('/rooms/mpa/qr-forum.png');
  });
});
