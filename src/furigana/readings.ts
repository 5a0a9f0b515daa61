import { createRequire } from 'node:module';
import type kuroshiroModule from 'kuroshiro';
import type { KuroshiroAnalyzer, KuroshiroToken } from 'kuroshiro';
import KuromojiAnalyzer from 'kuroshiro-analyzer-kuromoji';
import { kanjiRun, type FuriganaDictionary } from '../schemas/furigana.ts';

/**
 * Readings for kanji, as `<ruby>` markup: kuromoji (whose dictionary ships inside its package, so this works
 * offline) finds the words and their readings, kuroshiro lays the reading over the kanji only (申し込む gets one
 * over 申 and one over 込), and the staff's dictionary (content/furigana.yaml) wins over both.
 */

export interface Furigana {
  /** Ruby markup for a piece of text, already HTML-escaped, with the words no reading was found for. */
  annotate(text: string): Promise<{ html: string; unread: string[] }>;
}

/** Day numbers whose 日 is not read にち: 5日 is いつか, not ごにち. */
const dayReadings: Record<string, string> = {
  '1': 'ツイタチ',
  '2': 'フツカ',
  '3': 'ミッカ',
  '4': 'ヨッカ',
  '5': 'イツカ',
  '6': 'ムイカ',
  '7': 'ナノカ',
  '8': 'ヨウカ',
  '9': 'ココノカ',
  '10': 'トオカ',
  '14': 'ジュウヨッカ',
  '20': 'ハツカ',
  '24': 'ニジュウヨッカ',
};

/** The day of the week in a date, as 2026年12月19日（土） writes it. */
const weekdayReadings: Record<string, string> = {
  月: 'ゲツ',
  火: 'カ',
  水: 'スイ',
  木: 'モク',
  金: 'キン',
  土: 'ド',
  日: 'ニチ',
};

const toKatakana = (text: string) =>
  text.replace(/[\u3041-\u3096]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));

const isNumber = (token: KuroshiroToken | undefined) =>
  token?.pos === '名詞' && /^[0-9０-９]+$/.test(token.surface_form);

/** kuromoji's tokens, with the dictionary's words made whole and the readings in dates put right. */
function adjustedAnalyzer(inner: KuroshiroAnalyzer, dictionary: FuriganaDictionary): KuroshiroAnalyzer {
  const words = Object.keys(dictionary).sort((a, b) => b.length - a.length);
  const pattern = words.length > 0 ? new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'u') : undefined;
  return {
    // The inner analyzer comes loaded (loadReadingAnalyzer).
    init: async () => undefined,
    async parse(text) {
      const pieces = pattern ? text.split(pattern).filter(Boolean) : [text];
      const tokens: KuroshiroToken[] = [];
      for (const piece of pieces) {
        const reading = dictionary[piece];
        if (reading === undefined) tokens.push(...(await inner.parse(piece)));
        else tokens.push({ surface_form: piece, pos: '名詞', reading: toKatakana(reading), basic_form: piece });
      }
      return fixDates(tokens);
    },
  };
}

function fixDates(tokens: KuroshiroToken[]): KuroshiroToken[] {
  const fixed: KuroshiroToken[] = [];
  tokens.forEach((token, index) => {
    const before = fixed.at(-1);
    const weekday = weekdayReadings[token.surface_form];
    if (weekday && before?.surface_form === '（' && tokens[index + 1]?.surface_form === '）') {
      fixed.push({ ...token, reading: weekday, pronunciation: weekday });
    } else if (token.surface_form === '月' && isNumber(before)) {
      fixed.push({ ...token, reading: 'ガツ', pronunciation: 'ガツ' });
    } else if (token.surface_form === '日' && before && isNumber(before) && dayReadings[before.surface_form]) {
      const reading = dayReadings[before.surface_form];
      fixed[fixed.length - 1] = { ...token, surface_form: `${before.surface_form}日`, reading, pronunciation: reading };
    } else fixed.push(token);
  });
  return fixed;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const rubyPattern = /<ruby>(.*?)<rp>（<\/rp><rt>(.*?)<\/rt><rp>）<\/rp><\/ruby>/gu;

// kuroshiro is CommonJS with `exports.default`; bundlers and Node disagree on what a default import of it gives,
// require() reads it the same way everywhere.
const { default: Kuroshiro } = createRequire(import.meta.url)('kuroshiro') as typeof kuroshiroModule;

/** kuromoji's analyzer with its dictionary loaded, once per process: the dictionary is most of a first reading's time. */
let analyzer: Promise<KuroshiroAnalyzer> | undefined;

/** Loads kuromoji's dictionary, if it is not loaded yet; a build that will read new texts may start it early. */
export function loadReadingAnalyzer(): Promise<KuroshiroAnalyzer> {
  analyzer ??= (async () => {
    const kuromoji = new KuromojiAnalyzer();
    await kuromoji.init();
    return kuromoji;
  })();
  return analyzer;
}

export async function createFurigana(dictionary: FuriganaDictionary): Promise<Furigana> {
  const converter = new Kuroshiro();
  await converter.init(adjustedAnalyzer(await loadReadingAnalyzer(), dictionary));
  // The pages for children share their menus, headings and notices: each text is read once per build.
  const annotated = new Map<string, Promise<{ html: string; unread: string[] }>>();
  const annotate = async (text: string) => {
    const unread: string[] = [];
    // The analyzer passes everything that is not Japanese through as it is, so escaped text stays escaped.
    const converted = await converter.convert(escapeHtml(text), {
      to: 'hiragana',
      mode: 'furigana',
      delimiter_start: '（',
      delimiter_end: '）',
    });
    const html = converted.replace(rubyPattern, (_ruby, base: string, reading: string) => {
      // A word kuromoji does not know comes back "read" as itself: no reading is better than a wrong one.
      if (new RegExp(kanjiRun.source, 'u').test(reading)) {
        unread.push(base);
        return base;
      }
      // Search reads the words, not their readings: Pagefind leaves out what is marked so.
      return `<ruby>${base}<rp>（</rp><rt>${reading}</rt><rp>）</rp></ruby>`;
    });
    return { html, unread };
  };
  return {
    annotate(text) {
      let result = annotated.get(text);
      if (result === undefined) {
        result = annotate(text);
        annotated.set(text, result);
      }
      return result.then(({ html, unread }) => ({ html, unread: [...unread] }));
    },
  };
}
