import { Parser } from 'htmlparser2';
import { isLarge } from '../lib/phrase-breaks-html.ts';
import { kanjiRun } from '../schemas/furigana.ts';
import type { Furigana } from './readings.ts';

/** The attribute that marks the part of a page written for children (e.g. on <main>): its kanji get readings. */
export const furiganaMarker = 'data-furigana';

/** Where text is not prose to read aloud, or already has its readings. */
const skipped = new Set([
  'script',
  'style',
  'template',
  'textarea',
  'title',
  'ruby',
  'rt',
  'rp',
  'svg',
  'math',
  'code',
]);

interface TextRange {
  start: number;
  end: number;
  text: string;
  /** Inside large text, where a text between two <wbr> is one phrase. */
  large: boolean;
}

/**
 * The text inside marked elements, as ranges of the page's source: an HTML parser finds them (so attributes,
 * scripts, styles and existing ruby are never touched), and only those ranges are replaced, so the rest of the
 * page stays byte for byte as Astro wrote it.
 */
function markedText(html: string): TextRange[] {
  const ranges: TextRange[] = [];
  const open: { marked: boolean; skip: boolean; large: boolean }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        open.push({ marked: furiganaMarker in attributes, skip: skipped.has(name), large: isLarge(name, attributes) });
      },
      onclosetag() {
        open.pop();
      },
      ontext(text) {
        if (!open.some((element) => element.marked) || open.some((element) => element.skip)) return;
        const last = ranges.at(-1);
        // An entity splits a text into pieces; put them back together so a word is read whole.
        if (last && last.end === parser.startIndex) {
          last.end = parser.endIndex + 1;
          last.text += text;
        } else {
          const large = open.some((element) => element.large);
          ranges.push({ start: parser.startIndex, end: parser.endIndex + 1, text, large });
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return ranges;
}

/**
 * A built page with readings on every kanji of its marked parts. A page without the marker comes back unchanged,
 * and so does a page already done: the ruby it has is skipped.
 */
export async function addFurigana(html: string, furigana: Furigana): Promise<{ html: string; unread: string[] }> {
  if (!html.includes(furiganaMarker)) return { html, unread: [] };
  const hasKanji = (text: string) => new RegExp(kanjiRun.source, 'u').test(text);
  const ranges = markedText(html).filter((range) => hasKanji(range.text));
  const unread: string[] = [];
  let result = '';
  let from = 0;
  for (const range of ranges) {
    const annotated = await furigana.annotate(range.text);
    unread.push(...annotated.unread);
    // One text stays one box: in a flex container (a button, a link with an icon) each ruby would otherwise become
    // an item of its own, set apart from its neighbours. In large text it is one phrase, which a line must not end
    // inside: the browser would break at the edge of any ruby in it (申し｜込む).
    result += `${html.slice(from, range.start)}<span${range.large ? ' class="phrase"' : ''}>${annotated.html}</span>`;
    from = range.end;
  }
  return { html: result + html.slice(from), unread };
}
