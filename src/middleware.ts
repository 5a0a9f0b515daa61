import { defineMiddleware } from 'astro:middleware';
import { withPhraseBreaks } from './lib/phrase-breaks-html.ts';

/**
 * Every page, as it is built (and previewed), gets its large text broken only between phrases: one pass over the
 * finished HTML, so headings from templates and from staff's Markdown alike are covered. Other files pass as they are.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = withPhraseBreaks(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
