import { defineMiddleware } from 'astro:middleware';
import { join } from 'node:path';
import { keepRenderedPage } from './lib/built-pages.ts';
import { keptPhraseBreaks } from './lib/kept-phrase-breaks.ts';
import { insideSite } from './model/urls.ts';

/** Builds run in the project's folder; each page's breaks are kept in its cache between builds. */
const withPhraseBreaks = keptPhraseBreaks(process.cwd(), join(process.cwd(), '.cache/phrase-breaks'));

/**
 * Every page, as it is built (and previewed), gets its large text broken only between phrases: one pass over the
 * finished HTML, so headings from templates and from staff's Markdown alike are covered. Other files pass as they are.
 * The finished page is kept for the steps after the build (./lib/built-pages.ts), which read it from memory.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const page = await withPhraseBreaks(new Uint8Array(await response.arrayBuffer()));
  keepRenderedPage(insideSite(decodeURIComponent(context.url.pathname)), page);
  return new Response(page, { status: response.status, statusText: response.statusText, headers: response.headers });
});
