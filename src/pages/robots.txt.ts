import type { APIRoute } from 'astro';

/** Every page may be crawled; the sitemap lists the ones worth finding. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('content/site.yaml の url が読めないため、robots.txt を作れません。');
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('sitemap-index.xml', site).href}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
