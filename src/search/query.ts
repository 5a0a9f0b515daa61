/**
 * What a visitor types, tidied before it reaches Pagefind (Unicode NFKC): full-width Latin letters and digits become
 * half-width (ＭＰＡ → MPA), half-width katakana full-width (ｷｮｳﾋｼｮｳ → キョウヒショウ), and runs of spaces are one.
 * Hiragana stay hiragana and katakana katakana. The index's names, readings and aliases are tidied by this same
 * function (./terms.ts), so the two always meet.
 */
export function normaliseQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}
