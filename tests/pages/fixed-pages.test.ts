import { describe, expect, it } from 'vitest';
import { paths } from '../../src/model/urls.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { readPage, textOf } from './built-site.ts';

const { site, catalog } = await loadSampleContent();

describe('the home page', () => {
  it('states the purpose, and each programme with its operator and mottos', async () => {
    const page = await readPage(paths.home());
    const text = textOf(page.body);
    expect(text).toContain(site.tagline);
    for (const programme of catalog.programmes) {
      expect(page.querySelector(`a[href="${paths.programme(programme.id)}"]`), programme.id).not.toBeNull();
      expect(text).toContain(programme.data.operator.name);
      for (const motto of programme.data.mottos) expect(text).toContain(motto);
    }
  });

  it('lets visitors find their room by condition or by role', async () => {
    const page = await readPage(paths.home());
    for (const condition of catalog.conditions)
      expect(page.querySelector(`a[href="${paths.condition(condition.id)}"]`)).not.toBeNull();
    for (const role of catalog.roles) expect(page.querySelector(`a[href="${paths.role(role.id)}"]`)).not.toBeNull();
  });

  it('shows the next upcoming events, soonest first, never leading with a cancelled one', async () => {
    const page = await readPage(paths.home());
    const events = [...page.querySelectorAll('ul.card-list h3 a')].map((a) => a.getAttribute('href'));
    expect(events).toEqual(
      ['scleroderma-online-2026-12', 'young-carer-online-2026-12', 'mpa-hybrid-2027-01'].map(paths.event),
    );
  });

  it('shows a cancelled upcoming event apart from the others, marked 中止', async () => {
    const page = await readPage(paths.home());
    const apart = page.querySelector('#cancelled-events')?.parentElement;
    expect(apart?.querySelector(`a[href="${paths.event('sibling-online-2026-12')}"]`)).not.toBeNull();
    expect(textOf(apart?.querySelector('.badge'))).toBe('中止');
  });
});

describe('the help page', () => {
  it('lists every crisis resource with a phone link, and when it was last checked against its source', async () => {
    const page = await readPage(paths.help());
    expect(page.querySelector('a[href="tel:0120279338"]')).not.toBeNull();
    expect(page.querySelector('a[href="tel:119"]')).not.toBeNull();
    const text = textOf(page.body);
    for (const resource of site.crisisResources) {
      expect(text).toContain(resource.name);
      expect(page.querySelector(`a[href="${resource.source}"]`)).not.toBeNull();
    }
    expect(text).toContain('2026年11月23日（月）に、');
  });
});

describe('the about page', () => {
  it('states the purpose, each programme and its operator, the site’s publisher and how to reach them', async () => {
    const page = await readPage(paths.about());
    const text = textOf(page.body);
    expect(text).toContain(site.publisher.name);
    for (const programme of catalog.programmes) {
      expect(text).toContain(programme.data.operator.name);
      expect(page.querySelector(`a[href="${paths.programme(programme.id)}"]`), programme.id).not.toBeNull();
    }
    expect(page.querySelector(`main a[href="mailto:${site.contact.email}"]`)).not.toBeNull();
  });
});

describe('the guidelines page', () => {
  it('covers rules, anonymity and privacy, and leads to where each room’s own rules are found', async () => {
    const page = await readPage(paths.guidelines());
    for (const id of ['rules', 'anonymity', 'privacy']) expect(page.querySelector(`h2#${id}`), id).not.toBeNull();
    expect(page.querySelector(`#rules ~ p a[href="${paths.conditions()}"]`)).not.toBeNull();
    expect(page.querySelector(`#rules ~ p a[href="${paths.roles()}"]`)).not.toBeNull();
  });

  it('stays the same size however many rooms there are: it lists no rooms', async () => {
    const page = await readPage(paths.guidelines());
    expect(page.querySelector('main a[href^="/rooms/"]')).toBeNull();
  });
});

describe('the join page', () => {
  it('walks through every way in that each programme’s open rooms use', async () => {
    const page = await readPage(paths.join());
    for (const programme of catalog.programmes) {
      const section = textOf(page.querySelector(`#programme-${programme.id}`)?.parentElement);
      expect(section).toContain(programme.data.registration.how);
      const kinds = new Set(catalog.roomsOfProgramme(programme).flatMap((room) => catalog.channelsOf(room)));
      for (const channel of kinds) {
        for (const step of catalog.guideFor(programme, channel.kind)?.data.steps ?? [])
          expect(section, `${programme.id} ${channel.kind}`).toContain(step.title);
      }
    }
  });

  it('leads to finding a room by condition or by role, without listing every room', async () => {
    const page = await readPage(paths.join());
    expect(page.querySelector(`#rooms ~ p a[href="${paths.conditions()}"]`)).not.toBeNull();
    expect(page.querySelector(`#rooms ~ p a[href="${paths.roles()}"]`)).not.toBeNull();
    expect(page.querySelector('main a[href^="/rooms/"]')).toBeNull();
  });
});

describe('the 404 page', () => {
  it('apologises in plain words, leads back into the site and is not indexed', async () => {
    const page = await readPage('/404.html');
    expect(textOf(page.querySelector('h1'))).toBe('ページが見つかりません');
    expect(page.querySelector(`main a[href="${paths.home()}"]`)).not.toBeNull();
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
  });
});
