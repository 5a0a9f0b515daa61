/**
 * What a visitor types, tidied (Unicode NFKC): full-width Latin letters and digits become half-width
 * (ＭＰＡ → MPA), half-width katakana full-width (ｷｮｳﾋｼｮｳ → キョウヒショウ), and runs of spaces are one.
 * Hiragana stay hiragana and katakana katakana: this is the form a query is shown in.
 */
export function normaliseQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/**
 * Tidied text folded so that ways of writing the same word meet: katakana as hiragana (トウゴウ → とうごう) and
 * Latin letters in lower case (MPA → mpa). Each character stays one character, so a position in the folded text
 * is the same position in the tidied one.
 */
export function foldForMatching(tidied: string): string {
  return tidied.replace(/[\u30a1-\u30f6A-Z]/gu, (char) =>
    String.fromCharCode(char.charCodeAt(0) + (char <= 'Z' ? 0x20 : -0x60)),
  );
}

/** The form in which a typed word and a written word are compared. */
export function matchForm(raw: string): string {
  return foldForMatching(normaliseQuery(raw));
}
