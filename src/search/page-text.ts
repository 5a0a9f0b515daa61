import { Parser } from 'htmlparser2';

/**
 * A built page's own words, as a visitor reads them: the text of its <main>, without its heading (the result shows
 * the page's name instead), the ways elsewhere (nav: breadcrumbs), the notice repeated on many pages (the urgent-help
 * notice), the readings over kanji on pages for children (rt, rp: they are not the words), and without anything
 * hidden or not text (scripts, styles, images, words for screen readers only). An HTML parser reads it, not a pattern.
 */

export interface PageText {
  /** The page's <h1>, for pages the catalogue does not name. */
  heading: string;
  /** The text as written, its runs of spaces made one. */
  text: string;
}

const leftOut = new Set([
  'h1',
  'nav',
  'aside',
  'rt',
  'rp',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'img',
  'button',
]);
// Buttons and the hint on links that leave the site are actions, not what the page says.
const leftOutClasses = ['visually-hidden', 'help-notice', 'button', 'external-hint'];
const blocks = new Set(['p', 'li', 'dt', 'dd', 'div', 'section', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'br', 'tr']);
const voidElements = new Set(['br', 'img', 'input', 'meta', 'link', 'hr', 'source', 'wbr']);

/**
 * The page from its <main> on, up to where it closes: the head and the site's header hold none of the page's words,
 * and parsing them was a third of the time of reading a page. Only when "<main" begins a tag once in the page: an
 * attribute may hold those letters too, and then the parser reads the whole page.
 */
function mainOf(html: string): string {
  const opening = /<main[\s>]/g;
  const first = opening.exec(html);
  if (!first || opening.exec(html)) return html;
  const closing = html.lastIndexOf('</main>');
  return closing < first.index ? html : html.slice(first.index, closing + '</main>'.length);
}

export function readPageText(html: string): PageText {
  const text: string[] = [];
  const heading: string[] = [];
  const open: { name: string; skips: boolean }[] = [];
  let inMain = false;
  let skipping = 0;
  let inHeading = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'main') inMain = true;
      if (!inMain) return;
      if (name === 'h1') inHeading = true;
      const skips =
        leftOut.has(name) ||
        'hidden' in attributes ||
        attributes['aria-hidden'] === 'true' ||
        (attributes.class ?? '').split(/\s+/).some((name) => leftOutClasses.includes(name));
      if (blocks.has(name)) text.push(' ');
      if (voidElements.has(name)) return;
      open.push({ name, skips });
      if (skips) skipping++;
    },
    ontext(data) {
      if (!inMain) return;
      if (inHeading) heading.push(data);
      if (skipping === 0) text.push(data);
    },
    onclosetag(name) {
      if (!inMain || voidElements.has(name)) return;
      if (name === 'main') inMain = false;
      if (name === 'h1') inHeading = false;
      const closed = open.pop();
      if (closed?.skips) skipping--;
      if (blocks.has(name)) text.push(' ');
    },
  });
  parser.end(mainOf(html));
  const tidy = (parts: string[]) => parts.join('').replace(/\s+/gu, ' ').trim();
  return { heading: tidy(heading), text: tidy(text) };
}
