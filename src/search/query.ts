/**
 * What a visitor types, tidied before it reaches Pagefind: full-width Latin letters and digits become half-width
 * (ＭＰＡ → MPA), and runs of spaces are one. Kana are left as typed.
 */
export function normaliseQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\s+/gu, ' ')
    .trim();
}
