import { describe, expect, it } from 'vitest';
import { ogImagePath } from '../../src/images/paths.ts';

describe('the share image path of a page', () => {
  it('mirrors the page path under /og/', () => {
    expect(ogImagePath('/conditions/scleroderma/')).toBe('/og/conditions/scleroderma.png');
    expect(ogImagePath('/conditions/mental-illness/sibling/')).toBe('/og/conditions/mental-illness/sibling.png');
    expect(ogImagePath('/rooms/mpa/flyer/')).toBe('/og/rooms/mpa/flyer.png');
  });

  it('calls the home page index', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
  });

  it('ignores a query, a fragment, a missing trailing slash and .html', () => {
    expect(ogImagePath('/events/?from=chat#top')).toBe('/og/events.png');
    expect(ogImagePath('/404')).toBe('/og/404.png');
    expect(ogImagePath('/404.html')).toBe('/og/404.png');
    expect(ogImagePath('/about/index.html')).toBe('/og/about.png');
  });
});
