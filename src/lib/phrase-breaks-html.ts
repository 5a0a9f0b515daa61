import { Parser } from 'htmlparser2';
import { phraseBoundaries } from './phrases.ts';

/**
 * Puts a `<wbr>` between the phrases of the text set large on a page — headings, buttons, menu and disclosure
 * labels, lead paragraphs, anything marked `phrased` — so that with `word-break: keep-all` (src/styles/) a line
 * ends only between phrases. Everything else in the page is left byte for byte as it was: the text is found by its
 * place in the HTML and only `<wbr>`s are added (with a `<span>` around each text that gets them), never
 * re-serialised.
 */

// The same elements as the keep-all rule of src/styles/foundation.css.
const largeTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary'];
const largeClasses = ['button', 'lead', 'phrased'];

/** The large text of a page, as a CSS selector: what the browser tests hold to breaking between phrases. */
export const largeTextSelector = [...largeTags, ...largeClasses.map((name) => `.${name}`)].join(', ');
/** Text in these is not shown as page text, or not as HTML. */
const opaqueTags = new Set(['script', 'style', 'title', 'textarea', 'svg', 'template', 'noscript']);

const largeClass = new RegExp(`(?:^|\\s)(?:${largeClasses.join('|')})(?:\\s|$)`);

/** Whether an element's text is set large, and so broken only between phrases. */
export function isLarge(name: string, attributes: Record<string, string>): boolean {
  // Asked of every element of every page: a test of the class attribute, without splitting it.
  return largeTags.includes(name) || (attributes.class !== undefined && largeClass.test(attributes.class));
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text an HTML text run shows, with where each of its characters starts in the run. */
function decode(raw: string): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  const pattern = /&(#x[0-9a-f]+|#\d+|[a-z]+);/giy;
  for (let at = 0; at < raw.length;) {
    pattern.lastIndex = at;
    const entity = pattern.exec(raw);
    if (entity) {
      const [whole, name = ''] = entity;
      const code = name.startsWith('#x') || name.startsWith('#X') ? Number.parseInt(name.slice(2), 16) : NaN;
      const char = name.startsWith('#')
        ? String.fromCodePoint(Number.isNaN(code) ? Number(name.slice(1)) : code)
        : (namedEntities[name] ?? '\u25a1');
      // A character outside the BMP is two code units, each starting where its reference does.
      starts.push(...Array.from({ length: char.length }, () => at));
      text += char;
      at += whole.length;
    } else {
      starts.push(at);
      text += raw[at];
      at += 1;
    }
  }
  return { text, starts };
}

export function withPhraseBreaks(html: string): string {
  const inserts: { at: number; tag: string }[] = [];
  let large = 0;
  let opaque = 0;
  let run: { start: number; raw: string } | undefined;
  const flush = () => {
    if (!run) return;
    const { text, starts } = decode(run.raw);
    const boundaries = phraseBoundaries(text);
    // The phrases of one text stay one box: in a flex container (a button, a link with an icon) each piece between
    // two <wbr> would otherwise be an item of its own, set apart, and read out with pauses between.
    if (boundaries.length > 0) {
      inserts.push({ at: run.start, tag: '<span>' });
      for (const boundary of boundaries)
        inserts.push({ at: run.start + (starts[boundary] ?? run.raw.length), tag: '<wbr>' });
      inserts.push({ at: run.start + run.raw.length, tag: '</span>' });
    }
    run = undefined;
  };
  const stack: { large: boolean; opaque: boolean }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        flush();
        const entry = { large: isLarge(name, attributes), opaque: opaqueTags.has(name) };
        stack.push(entry);
        if (entry.large) large += 1;
        if (entry.opaque) opaque += 1;
      },
      onclosetag() {
        flush();
        const entry = stack.pop();
        if (entry?.large) large -= 1;
        if (entry?.opaque) opaque -= 1;
      },
      ontext(data) {
        if (large === 0 || opaque > 0) return;
        if (run && run.start + run.raw.length === parser.startIndex) run.raw += data;
        else {
          flush();
          run = { start: parser.startIndex, raw: data };
        }
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  flush();
  let out = '';
  let from = 0;
  for (const { at, tag } of inserts) {
    out += html.slice(from, at) + tag;
    from = at;
  }
  return out + html.slice(from);
}
