import { defineMiddleware } from 'astro:middleware';
import { join } from 'node:path';
import { keptPhraseBreaks } from './lib/kept-phrase-breaks.ts';

/** Builds run in the project's folder; each page's breaks are kept in its cache between builds. */
const withPhraseBreaks = keptPhraseBreaks(process.cwd(), join(process.cwd(), '.cache/phrase-breaks'));

/**
 * Every page, as it is built (and previewed), gets its large text broken only between phrases: one pass over the
 * finished HTML, so headings from templates and from staff's Markdown alike are covered. Other files pass as they are.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const page = await withPhraseBreaks(new Uint8Array(await response.arrayBuffer()));
  return new Response(page, { status: response.status, statusText: response.statusText, headers: response.headers });
});
