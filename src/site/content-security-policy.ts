/**
 * What a page may load: nothing from another origin, since a visitor's interest in an illness must not reach any
 * third party. Every page carries its policy in a meta tag (src/layouts/Base.astro); hosts that read
 * public/_headers send the loosest of them as a header too, with what only a header can say (frame-ancestors).
 * Both policies apply, so each page still gets its own, stricter one.
 */
/**
 * Which scripts a page may run: none (information pages), or this site's own files (the quick exit on sensitive
 * pages, the site search).
 */
export type PageScripts = 'none' | 'own';

const scriptSources: Record<PageScripts, string> = {
  none: "script-src 'none'",
  own: "script-src 'self'",
};

export function contentSecurityPolicy({ scripts }: { scripts: PageScripts }): string {
  return [
    "default-src 'self'",
    scriptSources[scripts],
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
