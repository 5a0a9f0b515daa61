import { describe, expect, it } from 'vitest';
import { canJoin } from '../../src/model/catalog.ts';
import { paths } from '../../src/model/urls.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { readPage, textOf } from './built-site.ts';

const { catalog, waysInto } = await loadSampleContent();

describe('a condition-and-role page, where a flyer or a doctor sends a family', () => {
  for (const pair of catalog.pairs) {
    const path = paths.conditionRole(pair.condition.id, pair.role.id);
    it(`${path} names the condition and role, and offers each room serving them with a button per way in`, async () => {
      const page = await readPage(path);
      const heading = textOf(page.querySelector('h1'));
      expect(heading).toContain(pair.condition.data.name);
      expect(heading).toContain(pair.role.data.name);
      for (const room of pair.rooms) {
        expect(textOf(page.body)).toContain(room.data.name);
        expect(textOf(page.body)).toContain(catalog.mottosOf(room)[0]);
        expect(page.querySelector(`a[href="${paths.room(room.id)}"]`)).not.toBeNull();
        for (const way of waysInto(room, 'page'))
          expect(page.querySelector(`a.button[href="${way.url}"]`) !== null, way.channel.kind).toBe(canJoin(room));
      }
    });
  }

  it('lists only the events that role may join in those rooms', async () => {
    const page = await readPage(paths.conditionRole('mental-illness', 'child'));
    const events = [...page.querySelectorAll('ul.card-list h3 a')].map((a) => a.getAttribute('href'));
    expect(events).toEqual([paths.event('young-carer-online-2026-12')]);
    expect(textOf(page.querySelector('ul.card-list'))).toContain('2026年12月19日（土）15:00〜16:00');
  });

  it('for a preparing room says so instead of offering a link', async () => {
    const page = await readPage(paths.conditionRole('hemophilia', 'family'));
    expect(textOf(page.body)).toContain('開設に向けて準備しています');
    expect(page.querySelector('a[href^="https://forum.hiroba.example/"]')).toBeNull();
  });
});

describe('a condition page', () => {
  it('states its scope and leads to each role it serves', async () => {
    const page = await readPage(paths.condition('scleroderma'));
    expect(textOf(page.body)).toContain(catalog.condition('scleroderma').data.scopeNote);
    for (const role of ['patient', 'family']) {
      expect(page.querySelector(`a[href="${paths.conditionRole('scleroderma', role)}"]`), role).not.toBeNull();
    }
  });
});

describe('a role page', () => {
  it('leads to every condition with a room for that role, and its upcoming events', async () => {
    const page = await readPage(paths.role('family'));
    for (const condition of ['scleroderma', 'mpa', 'hemophilia']) {
      expect(page.querySelector(`a[href="${paths.conditionRole(condition, 'family')}"]`), condition).not.toBeNull();
    }
    const events = [...page.querySelectorAll('ul.card-list h3 a[href^="/events/"]')].map((a) => a.getAttribute('href'));
    expect(events).toEqual([paths.event('scleroderma-online-2026-12'), paths.event('mpa-hybrid-2027-01')]);
  });

  it('groups by condition instead of listing every room, so it stays light as rooms grow', async () => {
    const page = await readPage(paths.role('family'));
    expect(page.querySelector('main a[href^="/rooms/"]')).toBeNull();
  });
});
