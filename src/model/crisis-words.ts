import type { Site } from '../schemas/index.ts';

/**
 * What a person in crisis may type into the site search. Any of these in a query puts urgent help before every
 * result. They always apply, so a settings file cannot lose them; site.yaml's `crisisWords` adds to them. Katakana
 * and half-width forms are matched by the search itself; words written in kanji are listed with their kana too.
 */
export const builtInCrisisWords: readonly string[] = [
  '死にたい',
  'しにたい',
  // The same wish in other forms: 死にたくなる, 死にたくて, 消えたくなる.
  '死にたく',
  'しにたく',
  '死のう',
  'しのう',
  '死んでしまいたい',
  'しんでしまいたい',
  '消えたい',
  'きえたい',
  '消えてしまいたい',
  'きえてしまいたい',
  '消えたく',
  'きえたく',
  'いなくなりたい',
  '生きていたくない',
  'いきていたくない',
  '生きるのがつらい',
  'いきるのがつらい',
  '生きたくない',
  'いきたくない',
  '楽になりたい',
  'らくになりたい',
  '自分を傷つけ',
  'じぶんをきずつけ',
  '自殺',
  'じさつ',
  '自死',
  '自傷',
  'リストカット',
  'リスカ',
  'オーバードーズ',
  '助けて',
  'たすけて',
  '限界',
  'げんかい',
  '殺したい',
  'ころしたい',
];

/** The words that lead a search to help: the built-in ones, then the site's own, each once. */
export function crisisWordsOf(site: Pick<Site, 'crisisWords'>): string[] {
  return [...new Set([...builtInCrisisWords, ...site.crisisWords])];
}
