import { insideSite, sitePath } from '../model/urls.ts';

/**
 * Where the share image of a page lives: `/` → `/og/index.png`, `/rooms/mpa/` → `/og/rooms/mpa.png` (under the
 * site's base, like every path). The meta component and the build step that renders the images both ask this
 * function, so they always agree.
 */
export function ogImagePath(pagePath: string): string {
  const name = insideSite(pagePath.replace(/[?#].*$/, ''))
    .replace(/\/index\.html$|\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  return sitePath(`og/${name || 'index'}.png`);
}
