import { describe, expect, it } from 'vitest';
import { absolute, forumCategoryUrl, forumEntryUrl, forumSlugOf, paths } from '../../src/model/urls.ts';

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
