import type { Entry } from './entry.ts';
import type { Condition } from '../schemas/index.ts';

/**
 * The rows of the 五十音 table, as a Japanese dictionary files names: by the first kana of their reading, voiced and
 * small kana with their plain kana (が with か, ゃ with や). A row is named by its kana (かきくけこ), which a child
 * reads without help, not as か行, whose 行 the readings added for children would get wrong.
 */
const kanaRows = [
  { id: 'a', label: 'あいうえお', kana: 'あいうえおぁぃぅぇぉゔ' },
  { id: 'ka', label: 'かきくけこ', kana: 'かきくけこがぎぐげごゕゖ' },
  { id: 'sa', label: 'さしすせそ', kana: 'さしすせそざじずぜぞ' },
  { id: 'ta', label: 'たちつてと', kana: 'たちつてとだぢづでどっ' },
  { id: 'na', label: 'なにぬねの', kana: 'なにぬねの' },
  { id: 'ha', label: 'はひふへほ', kana: 'はひふへほばびぶべぼぱぴぷぺぽ' },
  { id: 'ma', label: 'まみむめも', kana: 'まみむめも' },
  { id: 'ya', label: 'やゆよ', kana: 'やゆよゃゅょ' },
  { id: 'ra', label: 'らりるれろ', kana: 'らりるれろ' },
  { id: 'wa', label: 'わをん', kana: 'わをんゎゐゑ' },
] as const;

/** Where a reading the schema lets through without a kana to file it by (only ー or ・) goes: never lost, listed last. */
const otherRow = { id: 'other', label: 'そのほか', kana: '' } as const;

export type KanaRow = (typeof kanaRows)[number] | typeof otherRow;

/** The row a reading is filed under: that of its first kana. */
export function kanaRowOf(reading: string): KanaRow {
  const first = [...reading].find((char) => /\p{Script=Hiragana}/u.test(char)) ?? '';
  return kanaRows.find((row) => first !== '' && row.kana.includes(first)) ?? otherRow;
}

/**
 * A list of conditions longer than this is shown by kana row, each row on a page of its own: 295 names with their
 * readings were 15 KiB of page for a child's phone (national bench set), and nobody reads down that far.
 */
export const longConditionList = 40;

/** Conditions as a page lists them: all of them, or by kana row when there are too many to read down. */
export type ConditionListing<P> =
  { kind: 'whole'; items: readonly P[] } | { kind: 'by-row'; rows: { row: KanaRow; items: P[] }[] };

/** The listing of `items`, each about one condition; in a row, in the order of their readings. */
export function listConditions<P extends { condition: Entry<Condition> }>(items: readonly P[]): ConditionListing<P> {
  if (items.length <= longConditionList) return { kind: 'whole', items };
  const byReading = [...items].sort((a, b) => a.condition.data.reading.localeCompare(b.condition.data.reading, 'ja'));
  const rows = [...kanaRows, otherRow].map((row) => ({
    row,
    items: byReading.filter((item) => kanaRowOf(item.condition.data.reading).id === row.id),
  }));
  return { kind: 'by-row', rows: rows.filter(({ items: filed }) => filed.length > 0) };
}
