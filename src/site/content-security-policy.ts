/**
 * What a page may load: nothing from another origin, since a visitor's interest in an illness must not reach any
 * third party. Every page carries its policy in a meta tag (src/layouts/Base.astro); hosts that read
 * public/_headers send the loosest of them as a header too, with what only a header can say (frame-ancestors).
 * Both policies apply, so each page still gets its own, stricter one.
 */
export function contentSecurityPolicy({ allowScripts }: { allowScripts: boolean }): string {
  return [
    "default-src 'self'",
    allowScripts ? "script-src 'self'" : "script-src 'none'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
