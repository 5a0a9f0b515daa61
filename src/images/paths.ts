/**
 * Where the share image of a page lives: `/` → `/og/index.png`, `/rooms/mpa/` → `/og/rooms/mpa.png`.
 * The meta component and the build step that renders the images both ask this function, so they always agree.
 */
export function ogImagePath(pagePath: string): string {
  const name = pagePath
    .replace(/[?#].*$/, '')
    .replace(/\/index\.html$|\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  return `/og/${name || 'index'}.png`;
}
