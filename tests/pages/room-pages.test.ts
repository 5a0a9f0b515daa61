import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { canJoin } from '../../src/model/catalog.ts';
import { paths } from '../../src/model/urls.ts';
import { decodeQrPng, decodeQrSvg } from '../support/decode-qr.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { fileOf, readPage, textOf } from './built-site.ts';

const { catalog, joinUrlOf } = await loadSampleContent();

describe('a room page', () => {
  for (const room of catalog.rooms) {
    it(`shows ${room.id}: its name as the one heading, who it is for, its mottos and rules`, async () => {
      const page = await readPage(paths.room(room.id));
      expect(textOf(page.querySelector('h1'))).toBe(room.data.name);
      const text = textOf(page.body);
      for (const line of [...room.data.mottos, ...room.data.rules]) expect(text).toContain(line);
      for (const roleId of room.data.roles) {
        expect(
          page.querySelector(`a[href="${paths.conditionRole(room.data.condition, roleId)}"]`),
          roleId,
        ).not.toBeNull();
      }
    });
  }

  for (const room of catalog.rooms.filter(canJoin)) {
    it(`of open room ${room.id} links its join URL and shows a QR code that reads back as that URL`, async () => {
      const page = await readPage(paths.room(room.id));
      const joinUrl = joinUrlOf(room);
      const joinLinks = [...page.querySelectorAll('a')].filter((a) => a.getAttribute('href') === joinUrl);
      expect(joinLinks.length).toBeGreaterThanOrEqual(2);
      expect(textOf(page.querySelector('#join ~ p a.url'))).toContain(joinUrl);
      for (const link of joinLinks) expect(link.getAttribute('rel')).toBe('noopener noreferrer');

      const svg = page.querySelector('figure.qr svg');
      expect(svg?.getAttribute('role')).toBe('img');
      expect(svg?.getAttribute('aria-label')).toContain(room.data.name);
      expect(decodeQrSvg(svg!.outerHTML)).toBe(joinUrl);

      for (const format of ['svg', 'png'] as const) {
        const href = `${paths.room(room.id)}qr.${format}`;
        expect(page.querySelector(`a[href="${href}"]`)?.hasAttribute('download'), href).toBe(true);
      }
      expect(decodeQrSvg(await readFile(fileOf(`${paths.room(room.id)}qr.svg`), 'utf8'))).toBe(joinUrl);
      expect(decodeQrPng(await readFile(fileOf(`${paths.room(room.id)}qr.png`)))).toBe(joinUrl);
    });
  }

  it('gives the scleroderma room the forum category link with the campaign parameters', async () => {
    const page = await readPage(paths.room('scleroderma'));
    const url =
      'https://forum.hiroba.example/c/scleroderma/community/?utm_source=invitation&utm_medium=link_copy&utm_campaign=default';
    expect(page.querySelector(`a.button[href="${url}"]`)).not.toBeNull();
  });

  it('of a members-only room sends people to its group page and says staff approve the request', async () => {
    const page = await readPage(paths.room('family-salon-parent'));
    const url =
      'https://forum.hiroba.example/g/salon_parent?utm_source=invitation&utm_medium=link_copy&utm_campaign=default';
    expect(page.querySelector(`a.button[href="${url}"]`)).not.toBeNull();
    expect(textOf(page.body)).toContain('スタッフが確かめてから、部屋に入れるようになります');
  });

  it('of a room with a chat-app room shows that link, its search word and the chat guide', async () => {
    const page = await readPage(paths.room('mpa'));
    const chat = catalog.room('mpa').data.chat!;
    expect(page.querySelector(`a[href="${chat.url}"]`)?.getAttribute('rel')).toBe('noopener noreferrer');
    const text = textOf(page.body);
    expect(text).toContain(`「${chat.searchWord}」と検索`);
    for (const step of catalog.guide('chat')!.data.steps) expect(text).toContain(step.title);
  });

  it('walks through joining the forum step by step', async () => {
    const page = await readPage(paths.room('scleroderma'));
    const steps = [...page.querySelectorAll('#steps + ol.step-list h4')].map(textOf);
    expect(steps).toEqual(catalog.guide('forum')!.data.steps.map((step) => step.title));
  });

  it('of a preparing room says when and how to hear of its opening, and shows no QR code or join link', async () => {
    const room = catalog.room('hemophilia');
    expect(room.data.status).toBe('preparing');
    const page = await readPage(paths.room(room.id));
    expect(textOf(page.body)).toContain(room.data.openingNote!);
    expect(page.querySelector('svg')).toBeNull();
    expect(page.querySelector('a[href^="https://forum.hiroba.example/"]')).toBeNull();
    expect(page.querySelector('a[download]')).toBeNull();
  });

  it('lists the room’s upcoming events with their dates in Japanese', async () => {
    const page = await readPage(paths.room('scleroderma'));
    const event = page.querySelector(`a[href="${paths.event('scleroderma-online-2026-12')}"]`)?.closest('li');
    expect(textOf(event)).toContain('2026年12月12日（土）14:00〜15:30');
  });
});
