// kuroshiro and its kuromoji analyzer ship no types; these are the parts the furigana step uses.

declare module 'kuroshiro' {
  /** A morphological analyzer kuroshiro can use: kuromoji's, or one that adjusts its tokens. */
  export interface KuroshiroAnalyzer {
    init(): Promise<void>;
    parse(text: string): Promise<KuroshiroToken[]>;
  }

  /** One token as kuromoji gives it (katakana reading), as far as kuroshiro reads it. */
  export interface KuroshiroToken {
    surface_form: string;
    pos: string;
    reading?: string | undefined;
    pronunciation?: string | undefined;
    basic_form?: string | undefined;
    verbose?: { word_type?: string } | undefined;
  }

  interface ConvertOptions {
    to: 'hiragana';
    mode: 'furigana';
    delimiter_start: string;
    delimiter_end: string;
  }

  interface Kuroshiro {
    init(analyzer: KuroshiroAnalyzer): Promise<void>;
    convert(text: string, options: ConvertOptions): Promise<string>;
  }

  // A CommonJS module that sets exports.default: Node hands the whole exports object to a default import.
  const module: { default: new () => Kuroshiro };
  export default module;
}

declare module 'kuroshiro-analyzer-kuromoji' {
  import type { KuroshiroAnalyzer, KuroshiroToken } from 'kuroshiro';

  export default class KuromojiAnalyzer implements KuroshiroAnalyzer {
    init(): Promise<void>;
    parse(text: string): Promise<KuroshiroToken[]>;
  }
}
