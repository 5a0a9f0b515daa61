import { describe, expect, it } from 'vitest';
import { isSearchablePage } from '../../src/search/searchable.ts';

describe('pages in the site search and the sitemap', () => {
  it('include the information pages', () => {
    for (const path of [
      'index.html',
      'conditions/scleroderma/index.html',
      '/roles/sibling/',
      '/rooms/mpa/',
      '/events/x/',
    ]) {
      expect(isSearchablePage(path), path).toBe(true);
    }
  });

  it('leave out flyers, the kana rows of a role’s long list, the search page and the 404 page', () => {
    for (const path of [
      'roles/child/ka/index.html',
      '/roles/child/other/',
      '/hiroba/roles/parent/a/',
      'rooms/mpa/flyer/index.html',
      '/rooms/mpa/flyer/',
      'search/index.html',
      '/search/',
      '404.html',
      '/404/',
    ]) {
      expect(isSearchablePage(path), path).toBe(false);
    }
  });
});
