import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  absolute,
  forumCategoryUrl,
  forumEntryUrl,
  forumSlugOf,
  insideSite,
  paths,
  sitePath,
} from '../../src/model/urls.ts';

const site = {
  url: 'https://hiroba.example/',
  forum: { url: 'https://forum.hiroba.example/', calendarEvents: false },
};
const publicRoom = { conditionForumSlug: 'scleroderma', roomForumSlug: 'community' };
const membersRoom = { conditionForumSlug: 'family-salon', roomForumSlug: 'parent', group: 'salon_parent' };

describe('forum addresses without campaign parameters', () => {
  it('names the category of a public room and lands there', () => {
    expect(forumCategoryUrl(site, publicRoom)).toBe('https://forum.hiroba.example/c/scleroderma/community/');
    expect(forumEntryUrl(site, publicRoom)).toBe('https://forum.hiroba.example/c/scleroderma/community/');
  });

  it('lands on the group page for a members-only room', () => {
    expect(forumEntryUrl(site, membersRoom)).toBe('https://forum.hiroba.example/g/salon_parent');
  });

  it('uses an entry’s own forum slug, else its file name', () => {
    expect(forumSlugOf({ id: 'family-salon-parent', data: { forumSlug: 'parent' } })).toBe('parent');
    expect(forumSlugOf({ id: 'mpa', data: {} })).toBe('mpa');
  });
});

describe('site paths', () => {
  it('all end with a slash, matching the site’s trailing-slash setting', () => {
    const examples = [
      paths.home(),
      paths.conditions(),
      paths.condition('mpa'),
      paths.conditionRole('mental-illness', 'parent'),
      paths.roles(),
      paths.role('sibling'),
      paths.room('mpa'),
      paths.events(),
      paths.event('mpa-hybrid-2027-01'),
      paths.join(),
      paths.about(),
      paths.guidelines(),
      paths.help(),
    ];
    for (const path of examples) expect(path).toMatch(/^\/(?:[a-z0-9-]+\/)*$/);
  });

  it('become shareable absolute URLs on the published site, with or without its trailing slash', () => {
    expect(absolute(site, paths.room('mpa'))).toBe('https://hiroba.example/rooms/mpa/');
    expect(absolute({ url: 'https://hiroba.example' }, paths.home())).toBe('https://hiroba.example/');
    expect(absolute({ url: 'https://example.org/hiroba/' }, paths.help())).toBe('https://example.org/hiroba/help/');
  });
});

describe('site paths under a base path (Astro’s `base`, from the path of site.yaml’s url)', () => {
  /** urls.ts as an Astro build with `base` set loads it: Vite gives it the base as import.meta.env.BASE_URL. */
  async function urlsUnder(base: string) {
    vi.stubEnv('BASE_URL', base);
    vi.resetModules();
    return import('../../src/model/urls.ts');
  }

  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('puts every page and file below the base, with or without its trailing slash', async () => {
    for (const base of ['/hiroba/', '/hiroba']) {
      const under = await urlsUnder(base);
      expect(under.paths.home()).toBe('/hiroba/');
      expect(under.paths.room('mpa')).toBe('/hiroba/rooms/mpa/');
      expect(under.paths.eventsMonth('2026-12')).toBe('/hiroba/events/2026/12/');
      expect(under.paths.eventCalendar('x')).toBe('/hiroba/events/x.ics');
      expect(under.sitePath('favicon.svg')).toBe('/hiroba/favicon.svg');
    }
  });

  it('makes absolute URLs with the base once, from a path with the base or without', async () => {
    const under = await urlsUnder('/hiroba/');
    const published = { url: 'https://example.github.io/hiroba/' };
    expect(under.absolute(published, under.paths.room('mpa'))).toBe('https://example.github.io/hiroba/rooms/mpa/');
    expect(under.absolute(published, under.paths.home())).toBe('https://example.github.io/hiroba/');
    // The forum sync runs outside Astro, without a base: the site URL's own path puts its links in the same place.
    expect(absolute(published, paths.room('mpa'))).toBe('https://example.github.io/hiroba/rooms/mpa/');
  });

  it('tells where a served path lies inside the site', async () => {
    const under = await urlsUnder('/hiroba/');
    expect(under.insideSite('/hiroba/rooms/mpa/')).toBe('rooms/mpa/');
    expect(under.insideSite('/hiroba/')).toBe('');
    expect(insideSite('/rooms/mpa/')).toBe('rooms/mpa/');
    expect(sitePath('/favicon.svg')).toBe('/favicon.svg');
  });
});
