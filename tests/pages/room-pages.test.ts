import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { canJoin } from '../../src/model/catalog.ts';
import { paths } from '../../src/model/urls.ts';
import { decodeQrPng, decodeQrSvg } from '../support/decode-qr.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { fileOf, readPage, textOf } from './built-site.ts';

const { catalog, waysInto } = await loadSampleContent();
const hrefsOf = (page: Document, selector: string) =>
  [...page.querySelectorAll(selector)].map((link) => link.getAttribute('href'));

describe('a room page', () => {
  for (const room of catalog.rooms) {
    it(`shows ${room.id}: its name as the one heading, its programme and operator, who it is for, its mottos and rules`, async () => {
      const page = await readPage(paths.room(room.id));
      const programme = catalog.programmeOf(room);
      expect(textOf(page.querySelector('h1'))).toBe(room.data.name);
      const text = textOf(page.body);
      for (const line of [...catalog.mottosOf(room), ...catalog.rulesOf(room)]) expect(text).toContain(line);
      expect(textOf(page.querySelector('.room-programme'))).toContain(programme.data.operator.name);
      expect(page.querySelector(`.room-programme a[href="${paths.programme(programme.id)}"]`)).not.toBeNull();
      for (const roleId of room.data.roles) {
        expect(
          page.querySelector(`a[href="${paths.conditionRole(room.data.condition, roleId)}"]`),
          roleId,
        ).not.toBeNull();
      }
    });
  }

  for (const room of catalog.rooms.filter(canJoin)) {
    it(`of open room ${room.id} offers a button and a QR code for every way in, each reading back as its link`, async () => {
      const page = await readPage(paths.room(room.id));
      const buttons = waysInto(room, 'page');
      expect(hrefsOf(page, '.join-actions a.button')).toEqual(buttons.map((way) => way.url));
      for (const link of page.querySelectorAll('.join-actions a.button'))
        expect(link.getAttribute('rel')).toBe('noopener noreferrer');

      const codes = waysInto(room, 'qr');
      const figures = [...page.querySelectorAll('figure.qr')];
      expect(figures).toHaveLength(codes.length);
      for (const [index, { channel, url }] of codes.entries()) {
        const image = figures[index]?.querySelector('img');
        expect(image?.getAttribute('alt')).toContain(room.data.name);
        expect(image?.getAttribute('src')).toBe(paths.roomQr(room.id, channel.kind, 'svg'));
        expect(textOf(figures[index]?.querySelector('.url'))).toBe(url);
        for (const format of ['svg', 'png'] as const) {
          const href = paths.roomQr(room.id, channel.kind, format);
          expect(page.querySelector(`a[href="${href}"]`)?.hasAttribute('download'), href).toBe(true);
        }
        expect(decodeQrSvg(await readFile(fileOf(paths.roomQr(room.id, channel.kind, 'svg')), 'utf8'))).toBe(url);
        expect(decodeQrPng(await readFile(fileOf(paths.roomQr(room.id, channel.kind, 'png'))))).toBe(url);
      }
      const shared = waysInto(room, 'share').map((way) => way.url);
      expect([...page.querySelectorAll('.share-link .url')].map(textOf)).toEqual(shared);
    });
  }

  it('of the scleroderma room puts the LINE OpenChat room first, with its search word, then the forum', async () => {
    const page = await readPage(paths.room('scleroderma'));
    expect(hrefsOf(page, '.join-actions a.button')).toEqual([
      'https://line.me/ti/g2/hiroba-sample-scleroderma?utm_source=invitation&utm_medium=web_page&utm_campaign=default',
      'https://forum.hiroba.example/c/scleroderma/community/?utm_source=invitation&utm_medium=web_page&utm_campaign=default',
    ]);
    expect(textOf(page.querySelector('.join-actions'))).toContain(
      '「強皮症」と入れても見つかります（「オープンチャット」のタブ）',
    );
  });

  it('of a members-only family room leads to the programme’s registration page first, then the forum group page', async () => {
    const page = await readPage(paths.room('family-salon-parent'));
    expect(hrefsOf(page, '.join-actions a.button')).toEqual([
      'https://salon.family-federation.example/register?utm_source=salon&utm_medium=web_page&utm_campaign=default',
      'https://forum.hiroba.example/g/salon_parent?utm_source=salon&utm_medium=web_page&utm_campaign=default',
    ]);
    const text = textOf(page.body);
    expect(text).toContain('「家族のサロン」に登録すると、部屋に入れるようになります。');
    expect(text).toContain(catalog.programme('family-salon').data.registration.review);
  });

  it('of a room whose only way in is a chat app works fully: the chat link and steps, and nothing of the forum', async () => {
    const room = catalog.room('mpa');
    expect(catalog.channelsOf(room).map((channel) => channel.kind)).toEqual(['chat']);
    const page = await readPage(paths.room(room.id));
    expect(hrefsOf(page, '.join-actions a.button')).toEqual([waysInto(room, 'page')[0]?.url]);
    expect(page.querySelector('a[href^="https://forum.hiroba.example/"]')).toBeNull();
    expect(page.querySelector('#steps-forum')).toBeNull();
    expect(textOf(page.body)).toContain('「顕微鏡的多発血管炎」と入れても見つかります');
  });

  it('walks through every way in step by step, with the programme’s own guide where it has one', async () => {
    const scleroderma = await readPage(paths.room('scleroderma'));
    const titles = (page: Document, kind: string) =>
      [...page.querySelectorAll(`#steps-${kind} ~ ol.step-list h4`)].map(textOf);
    const programmeOf = (id: string) => catalog.programmeOf(catalog.room(id));
    expect(titles(scleroderma, 'chat').slice(0, 4)).toEqual(
      catalog.guideFor(programmeOf('scleroderma'), 'chat')?.data.steps.map((step) => step.title),
    );
    const parent = await readPage(paths.room('family-salon-parent'));
    const registration = catalog.guideFor(programmeOf('family-salon-parent'), 'registration');
    expect(registration?.data.programme).toBe('family-salon');
    expect(textOf(parent.querySelector('#steps-registration')?.parentElement)).toContain(
      registration?.data.steps[0]?.title,
    );
    expect(textOf(parent.querySelector('#steps-forum')?.parentElement)).toContain(
      catalog.guideFor(programmeOf('family-salon-parent'), 'forum')?.data.steps[0]?.title,
    );
  });

  it('of a preparing room says when and how to hear of its opening, and shows no QR code or join link', async () => {
    const room = catalog.room('hemophilia');
    expect(room.data.status).toBe('preparing');
    const page = await readPage(paths.room(room.id));
    expect(textOf(page.body)).toContain(room.data.openingNote!);
    expect(page.querySelector('figure.qr, svg[role="img"], img[src*="/qr-"]')).toBeNull();
    expect(page.querySelector('a[href^="https://forum.hiroba.example/"]')).toBeNull();
    expect(page.querySelector('a[download]')).toBeNull();
    expect(page.querySelector(`a[href="mailto:${catalog.programmeOf(room).data.operator.email}"]`)).not.toBeNull();
  });

  it('lists the room’s upcoming events with their dates in Japanese', async () => {
    const page = await readPage(paths.room('scleroderma'));
    const event = page.querySelector(`a[href="${paths.event('scleroderma-online-2026-12')}"]`)?.closest('li');
    expect(textOf(event)).toContain('2026年12月12日（土）14:00〜15:30');
  });
});

describe('a programme page', () => {
  it('says who may register and how, what “registered” means, and which meetings are open to them', async () => {
    const programme = catalog.programme('family-salon');
    const page = await readPage(paths.programme(programme.id));
    const text = textOf(page.body);
    for (const line of [
      programme.data.registration.who,
      programme.data.registration.how,
      programme.data.registration.review ?? '',
      programme.data.moderation.by,
      programme.data.operator.name,
      ...programme.data.privacy,
    ])
      expect(text).toContain(line);
    expect(text).toContain('「登録している方」向けの交流会には、家族のサロンに登録した方が申し込めます。');
    expect(page.querySelector(`a.button[href="https://salon.family-federation.example/register"]`)).not.toBeNull();
    for (const room of catalog.roomsOfProgramme(programme))
      expect(page.querySelector(`a[href="${paths.room(room.id)}"]`), room.id).not.toBeNull();
    expect(page.querySelector(`a[href="${paths.event('young-carer-online-2026-12')}"]`)).not.toBeNull();
  });
});
