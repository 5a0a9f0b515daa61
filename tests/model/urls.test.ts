import { describe, expect, it } from 'vitest';
import { absolute, forumCategoryUrl, forumEntryUrl, forumSlugOf, joinUrl, paths } from '../../src/model/urls.ts';

const site = {
  url: 'https://hiroba.example/',
  forum: { url: 'https://forum.hiroba.example/', calendarEvents: false },
  campaign: { source: 'invitation', medium: 'link_copy', campaign: 'default' },
};
const publicRoom = { conditionForumSlug: 'scleroderma', roomForumSlug: 'community' };
const membersRoom = { conditionForumSlug: 'family-salon', roomForumSlug: 'parent', group: 'salon_parent' };

describe('joinUrl, the link a page, flyer or QR code offers to join a room', () => {
  it('opens the category of a public room, as Discourse addresses a subcategory, with the campaign parameters', () => {
    expect(joinUrl(site, publicRoom)).toBe(
      'https://forum.hiroba.example/c/scleroderma/community/?utm_source=invitation&utm_medium=link_copy&utm_campaign=default',
    );
  });

  it('opens the group page of a members-only room, where newcomers ask to join, since its category is hidden', () => {
    expect(joinUrl(site, membersRoom)).toBe(
      'https://forum.hiroba.example/g/salon_parent?utm_source=invitation&utm_medium=link_copy&utm_campaign=default',
    );
  });

  it('carries whatever campaign values the site settings give', () => {
    const url = new URL(
      joinUrl({ ...site, campaign: { source: 'flyer', medium: 'qr', campaign: 'clinic-2027' } }, publicRoom),
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      utm_source: 'flyer',
      utm_medium: 'qr',
      utm_campaign: 'clinic-2027',
    });
  });

  it('gives the same link whether or not the forum URL ends with a slash', () => {
    const withoutSlash = { ...site, forum: { ...site.forum, url: 'https://forum.hiroba.example' } };
    expect(joinUrl(withoutSlash, publicRoom)).toBe(joinUrl(site, publicRoom));
    expect(joinUrl(withoutSlash, membersRoom)).toBe(joinUrl(site, membersRoom));
  });

  it('keeps a forum that lives in a sub-folder inside that folder', () => {
    const subfolder = { ...site, forum: { ...site.forum, url: 'https://example.org/forum' } };
    expect(joinUrl(subfolder, publicRoom)).toMatch(
      /^https:\/\/example\.org\/forum\/c\/scleroderma\/community\/\?utm_source=/,
    );
  });
});

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
