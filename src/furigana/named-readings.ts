import { kanjiRun, readingFits, type FuriganaDictionary } from '../schemas/furigana.ts';

/**
 * The readings staff have already written for names — each condition's and role's `reading`, and those of the
 * diagnoses a condition serves (`searchWords`) — are furigana words too, so a page for children reads 全身性筋炎 as
 * ぜんしんせいきんえん, not as the analyzer guesses a medical name it does not know (ぜん・みじょう…). A word of one
 * character is left out: the furigana step finds words inside longer ones, and 母 is not read はは in 父母. So is a
 * reading that does not fit its word (a Latin name, say), which the analyzer then reads as before. The staff's own
 * dictionary (content/furigana.yaml) wins over these.
 */

interface Word {
  word: string;
  reading?: string | undefined;
}

interface Named {
  data: { name: string; reading: string; searchWords?: readonly Word[] | undefined };
}

export function furiganaWords(
  named: { conditions: readonly Named[]; roles: readonly Named[] },
  staff: FuriganaDictionary,
): FuriganaDictionary {
  const words: Word[] = [
    ...named.conditions.flatMap(({ data }) => [
      { word: data.name, reading: data.reading },
      ...(data.searchWords ?? []),
    ]),
    ...named.roles.map(({ data }) => ({ word: data.name, reading: data.reading })),
  ];
  const dictionary: FuriganaDictionary = {};
  for (const { word, reading } of words) {
    if (reading === undefined || [...word].length < 2 || !new RegExp(kanjiRun.source, 'u').test(word)) continue;
    if (readingFits(word, reading)) dictionary[word] = reading;
  }
  return { ...dictionary, ...staff };
}
