import { foldForMatching, normaliseQuery } from '../lib/typed-text.ts';

/**
 * How the search reads Japanese, the same way when the site is built (each page's text) and in the browser (the
 * query), so the two always agree.
 *
 * First the words the site knows (names, readings, aliases, the words people use: ./vocabulary.ts) are found as
 * whole words, longest first: 統合失調症 is one word, never 症. A word counts only where it starts and ends at a
 * word boundary of the text around it (Intl.Segmenter, the browser's and Node's same ICU dictionary), so 夫 is
 * not found in 大丈夫, nor がん in がんばる. The segmenter may cut a compound inside (統合 / 失調 / 症: Pagefind
 * issue 1237); only the two ends of a word are asked of it, and those agree.
 *
 * What is left is cut by the segmenter into words of two characters or more (three in hiragana) that carry
 * meaning; single characters (症, は) and function words (です, ない) are left out, since they would match almost
 * any page.
 */

/** What the finder knows of the site's words: their folded forms. */
export interface KnownWords {
  has(form: string): boolean;
  /** Whether some known form begins at `start` of `text`: most places in a page's text begin none. */
  beginsAt(text: string, start: number): boolean;
  /** Forms that start with the given text, for words still being typed. */
  startingWith(text: string): string[];
  longest: number;
  /** The forms that hold a space (a programme's name): readLongText does not cut a text inside one. */
  spaced: string[];
}

export interface FoundWord {
  /** The known word, folded (../lib/typed-text.ts): its key in the vocabulary. */
  form: string;
  /** The word as it stands in the text. */
  text: string;
  /** Set when the text is only the first half or more of a word (アルコール依存 of アルコール依存症). */
  completes?: string[];
}

export interface ReadText {
  words: FoundWord[];
  /** The other words (two characters or more, three in hiragana), once each: folded, as written, how often. */
  tokens: { form: string; text: string; count: number }[];
  /** Stretches of the text between function words, folded: a page must contain each to match them as a phrase. */
  phrases: string[];
}

/** Words that join others: alone they say nothing about what a page is for. */
const functionWords = new Set([
  ...'がのはをにでとへもやかねよなだ',
  ...['です', 'ます', 'でした', 'ました', 'ません', 'ない', 'なく', 'たい', 'した', 'して', 'する', 'され', 'いる'],
  ...['いた', 'ある', 'あり', 'この', 'その', 'あの', 'どの', 'こと', 'もの', 'ため', 'よう', 'など', 'から', 'まで'],
  ...['より', 'ので', 'のに', 'けど', 'けれど', 'って', 'じゃ', 'では', 'には', 'とは', 'でも', 'ても', 'だけ', 'しか'],
  ...['について', 'として', 'という', 'でき', 'できる', 'なっ', 'なる', 'なり', 'いう', 'ください', 'たら', 'れる'],
  ...['られる', 'どう', 'どこ', 'だれ', 'なに', 'ほしい', 'たく', 'さん', 'ちゃん', 'くん', 'さま', 'たち', 'もう'],
  ...['まだ', 'かも', 'しれ', 'いい', 'よい', 'とても', 'すごく', 'ちょっと'],
]);

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ja', { granularity: 'word' }) : undefined;

interface Segment {
  text: string;
  start: number;
  end: number;
  wordLike: boolean;
}

/** The segmenter's words; without one (an old browser), each run between spaces and punctuation is a word. */
function segmentsOf(tidied: string): Segment[] {
  if (segmenter) {
    return [...segmenter.segment(tidied)].map((part) => ({
      text: part.segment,
      start: part.index,
      end: part.index + part.segment.length,
      wordLike: part.isWordLike ?? false,
    }));
  }
  return [...tidied.matchAll(/[^\s\p{P}]+|[\s\p{P}]+/gu)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
    wordLike: /[^\s\p{P}]/u.test(match[0]),
  }));
}

const hiragana = /^[\p{Script=Hiragana}ー]+$/u;
/** Particles that may follow a word, or come between two: 兄*が*うつ, うつ*で*す, きょうだい*な*らでは. */
const particles = new Set([...'がのはをにともでへやかな']);

/**
 * Whether a word written in hiragana stands on its own. The segmenter cuts a run of hiragana it does not know
 * into single characters (つかれた → つ / か / れ / た), so there a boundary says nothing: a hiragana word counts
 * only between the ends of the text, other kinds of characters, or particles (あにがうつ, not つかれた for かれ,
 * nor もうつかれた for うつ: a particle does not begin a text).
 */
function standsAlone(tidied: string, start: number, end: number): boolean {
  if (!hiragana.test(tidied.slice(start, end))) return true;
  const before = tidied[start - 1];
  const after = tidied[end];
  const isKana = (char: string) => hiragana.test(char);
  const left = before === undefined || !isKana(before) || (particles.has(before) && start >= 2);
  const right = after === undefined || !isKana(after) || particles.has(after);
  return left && right;
}

/** Words still being typed count once at least half of the word is there (とうごうしっちょう, not とう). */
function completions(known: KnownWords, text: string): string[] {
  const typed = [...text].length;
  if (typed < 2) return [];
  return known.startingWith(text).filter((form) => form !== text && typed * 2 >= [...form].length);
}

/**
 * A word long enough to mean something alone: two characters, or three in hiragana, where the segmenter's short
 * pieces are mostly parts of words it does not know (し / てい / ます, おん / らい / ん).
 */
function longEnough(text: string): boolean {
  return [...text].length >= (hiragana.test(text) ? 3 : 2);
}

/**
 * Reads a text: the known words in it, then the other words. `completing` also takes a stretch that begins a
 * known word (a query being typed); page text is only ever read for whole words.
 */
export function readText(raw: string, known: KnownWords, { completing = false } = {}): ReadText {
  return readTidied(normaliseQuery(raw), known, completing);
}

function readTidied(tidied: string, known: KnownWords, completing: boolean): ReadText {
  const folded = foldForMatching(tidied);
  const segments = segmentsOf(tidied);
  const found: FoundWord[] = [];
  const spans: { start: number; end: number }[] = [];
  const take = (start: number, end: number, completes?: string[]) => {
    found.push({ form: folded.slice(start, end), text: tidied.slice(start, end), ...(completes ? { completes } : {}) });
    spans.push({ start, end });
  };
  segments.forEach((segment, index) => {
    const start = segment.start;
    if (start < (spans.at(-1)?.end ?? 0) || !segment.wordLike || !known.beginsAt(folded, start)) return;
    const reachable: number[] = [];
    for (let next = index; next < segments.length; next++) {
      const end = segments[next]?.end ?? 0;
      if (end - start > known.longest) break;
      reachable.push(end);
    }
    const alone = (end: number) => standsAlone(tidied, start, end);
    const exact = reachable.findLast((end) => known.has(folded.slice(start, end)) && alone(end));
    const partial = completing
      ? reachable.findLast(
          (end) => end > (exact ?? start) && completions(known, folded.slice(start, end)).length > 0 && alone(end),
        )
      : undefined;
    if (partial !== undefined) take(start, partial, completions(known, folded.slice(start, partial)));
    else if (exact !== undefined) take(start, exact);
  });

  const isFree = (segment: Segment) => !spans.some((span) => segment.start < span.end && span.start < segment.end);
  const meaningful = (segment: Segment) => segment.wordLike && !functionWords.has(segment.text);
  const tokens = new Map<string, { form: string; text: string; count: number }>();
  const phrases: string[] = [];
  let phrase = '';
  for (const segment of segments) {
    const free = isFree(segment) && meaningful(segment);
    if (free && longEnough(segment.text)) {
      const form = folded.slice(segment.start, segment.end);
      const seen = tokens.get(form);
      if (seen) seen.count++;
      else tokens.set(form, { form, text: segment.text, count: 1 });
    }
    if (free) phrase += folded.slice(segment.start, segment.end);
    else {
      if ([...phrase].length > 1) phrases.push(phrase);
      phrase = '';
    }
  }
  if ([...phrase].length > 1) phrases.push(phrase);

  return { words: found, tokens: [...tokens.values()], phrases };
}

/** Each known set of words' readings of the pieces it has read, for readLongText. */
const readPieces = new WeakMap<KnownWords, Map<string, ReadText>>();

/** The pieces of a tidied text: cut at each space that is not inside a known form holding a space. */
function piecesOf(tidied: string, known: KnownWords): string[] {
  const folded = foldForMatching(tidied);
  const kept: { start: number; end: number }[] = [];
  for (const form of known.spaced) {
    for (let at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + 1))
      kept.push({ start: at, end: at + form.length });
  }
  const pieces: string[] = [];
  let from = 0;
  for (const { index } of tidied.matchAll(/ /g)) {
    if (kept.some(({ start, end }) => start < index && index < end)) continue;
    pieces.push(tidied.slice(from, index));
    from = index + 1;
  }
  pieces.push(tidied.slice(from));
  return pieces;
}

/**
 * A page's text read as readText reads it, a piece at a time between its spaces, each distinct piece once: the
 * pages of a site repeat most of their sentences (national bench set: 14 % of the pieces' characters are distinct),
 * and reading is most of the time of indexing them. It gives what readText gives: the segmenter always cuts before a
 * space and before the word after it (a combining mark after a space joins the space), a known word begins and ends
 * inside one piece (a text is not cut inside a known form that holds a space), and each piece is read with what
 * stands before it, a space, which is neither kana nor a particle.
 */
export function readLongText(raw: string, known: KnownWords): ReadText {
  let pieces = readPieces.get(known);
  if (!pieces) readPieces.set(known, (pieces = new Map()));
  const words: FoundWord[] = [];
  const tokens = new Map<string, { form: string; text: string; count: number }>();
  const phrases: string[] = [];
  for (const [at, piece] of piecesOf(normaliseQuery(raw), known).entries()) {
    // After the first, each piece is read with the space before it: a particle there does not begin the text.
    const text = at === 0 ? piece : ` ${piece}`;
    let read = pieces.get(text);
    if (!read) pieces.set(text, (read = readTidied(text, known, false)));
    words.push(...read.words);
    for (const token of read.tokens) {
      const seen = tokens.get(token.form);
      if (seen) seen.count += token.count;
      else tokens.set(token.form, { ...token });
    }
    phrases.push(...read.phrases);
  }
  return { words, tokens: [...tokens.values()], phrases };
}

/** Which of `count` files holds a word's pages: the same answer when the site is built and in the browser. */
export function shardOf(token: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < token.length; index++) {
    hash ^= token.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** Known words from their folded forms. */
export function knownWords(forms: Iterable<string>): KnownWords {
  const set = new Set(forms);
  const sorted = [...set].sort();
  // A form's first two code units, or the whole of a one-unit form: a form begins at a place only if these do.
  const heads = new Set(sorted.map((form) => form.slice(0, 2)));
  return {
    has: (form) => set.has(form),
    beginsAt: (text, start) => heads.has(text.slice(start, start + 2)) || heads.has(text.slice(start, start + 1)),
    startingWith: (text) => sorted.filter((form) => form.startsWith(text)),
    longest: Math.max(0, ...sorted.map((form) => form.length)),
    spaced: sorted.filter((form) => form.includes(' ')),
  };
}
