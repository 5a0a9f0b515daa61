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

/** A `<wbr>` or span tag to put into the page, and where. */
export interface Insert {
  at: number;
  tag: PhraseTag;
}

/** The tags phrase breaks add. */
export const phraseTags = ['<span>', '<wbr>', '</span>'] as const;
type PhraseTag = (typeof phraseTags)[number];

/**
 * The tags of a page one after another, so that a `<` inside an attribute value or a comment is never taken for a
 * tag: a comment, or an opening or closing tag with its name and attributes (quoted values may hold `>`).
 */
const tagPattern = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const classPattern = /(?:^|\s)class\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/** Where the opaque element whose opening tag ends at `from` ends: after its closing tag, counting nested ones. */
function opaqueEnd(html: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}[\\s/>]`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.indexOf('>', tag.index) + 1 || html.length;
  }
  return html.length;
}

/** A run of text as it stands in the page, from `start`. */
interface TextRun {
  start: number;
  raw: string;
}

/** The `<wbr>`s between the phrases of one run of large text, and a span around it when it gets any. */
function breakText(run: TextRun, inserts: Insert[]): void {
  const { text, starts } = decode(run.raw);
  const boundaries = phraseBoundaries(text);
  if (boundaries.length === 0) return;
  // The phrases of one text stay one box: in a flex container (a button, a link with an icon) each piece between
  // two <wbr> would otherwise be an item of its own, set apart, and read out with pauses between.
  inserts.push({ at: run.start, tag: '<span>' });
  for (const boundary of boundaries)
    inserts.push({ at: run.start + (starts[boundary] ?? run.raw.length), tag: '<wbr>' });
  inserts.push({ at: run.start + run.raw.length, tag: '</span>' });
}

/**
 * Puts the `<wbr>`s into one large element starting at `start`, parsed to its end by the HTML parser; returns
 * where it ends. Inside it, nested elements, opaque ones and character references are read as the parser reads them.
 */
function breakElement(html: string, start: number, inserts: Insert[]): number {
  let large = 0;
  let opaque = 0;
  let end = html.length;
  let run: TextRun | undefined;
  const flush = () => {
    if (run) breakText(run, inserts);
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
        if (stack.length > 0) return;
        end = start + parser.endIndex + 1;
        parser.pause();
      },
      ontext(data) {
        if (large === 0 || opaque > 0) return;
        const at = start + parser.startIndex;
        if (run && run.start + run.raw.length === at) run.raw += data;
        else {
          flush();
          run = { start: at, raw: data };
        }
      },
    },
    { decodeEntities: false },
  );
  parser.write(html.slice(start));
  flush();
  return end;
}

/** The page with `<wbr>`s between the phrases of its large text. */
export function withPhraseBreaks(html: string): string {
  return withInserts(html, phraseBreakInserts(html));
}

/**
 * Where the page's phrase breaks go, in the order of the page. Only the large elements are parsed: most of a page is
 * small text, navigation and inline SVG (a QR code's path is one long attribute): parsing all of it was 0.8 s of CPU
 * for the national set's 6,530 pages, this 0.4 s. The tags between are only found, one after another, and opaque
 * elements passed over whole.
 */
export function phraseBreakInserts(html: string): Insert[] {
  const inserts: Insert[] = [];
  tagPattern.lastIndex = 0;
  for (let tag = tagPattern.exec(html); tag; tag = tagPattern.exec(html)) {
    const [whole, closing, name, attributes = ''] = tag;
    if (name === undefined || closing) continue;
    const lowerName = name.toLowerCase();
    if (opaqueTags.has(lowerName)) {
      tagPattern.lastIndex = whole.endsWith('/>')
        ? tagPattern.lastIndex
        : opaqueEnd(html, lowerName, tagPattern.lastIndex);
      continue;
    }
    const classes = classPattern.exec(attributes);
    const className = classes ? (classes[1] ?? classes[2] ?? classes[3]) : undefined;
    if (!isLarge(lowerName, className === undefined ? {} : { class: className })) continue;
    // Most large elements hold only their text: no parser is needed to find where it ends.
    const textStart = tagPattern.lastIndex;
    const textEnd = html.indexOf('<', textStart);
    if (textEnd >= 0 && html.startsWith(`</${name}>`, textEnd)) {
      breakText({ start: textStart, raw: html.slice(textStart, textEnd) }, inserts);
      tagPattern.lastIndex = textEnd;
    } else tagPattern.lastIndex = breakElement(html, tag.index, inserts);
  }
  return inserts;
}

/** The page with `inserts` put in, each at its place in the page as it was. */
function withInserts(html: string, inserts: readonly Insert[]): string {
  let out = '';
  let from = 0;
  for (const { at, tag } of inserts) {
    out += html.slice(from, at) + tag;
    from = at;
  }
  return out + html.slice(from);
}

/** `inserts` found in `html` placed instead in its bytes (UTF-8), where a built page is written from. */
export function insertsInBytes(html: string, inserts: readonly Insert[]): Insert[] {
  let byte = 0;
  let from = 0;
  return inserts.map(({ at, tag }) => {
    byte += Buffer.byteLength(html.slice(from, at));
    from = at;
    return { at: byte, tag };
  });
}

const tagBytes: Record<PhraseTag, Buffer> = {
  '<span>': Buffer.from('<span>'),
  '<wbr>': Buffer.from('<wbr>'),
  '</span>': Buffer.from('</span>'),
};

/** The page's bytes with `inserts` (at places in the bytes) put in: withInserts without decoding the page. */
export function withInsertsInBytes(page: Uint8Array, inserts: readonly Insert[]): Uint8Array<ArrayBuffer> {
  const out = Buffer.allocUnsafe(inserts.reduce((length, { tag }) => length + tagBytes[tag].length, page.length));
  let from = 0;
  let to = 0;
  for (const { at, tag } of inserts) {
    out.set(page.subarray(from, at), to);
    to += at - from;
    out.set(tagBytes[tag], to);
    to += tagBytes[tag].length;
    from = at;
  }
  out.set(page.subarray(from), to);
  return out;
}
