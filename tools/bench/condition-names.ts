/**
 * Japanese-looking names for generated conditions, standing in for Japan's designated intractable diseases
 * (指定難病). Each name joins three morphemes, so its reading (hiragana) and its URL slug (romaji) follow from
 * the same parts and stay consistent and unique.
 */

import { cycle } from './cycle.ts';

interface Morpheme {
  kanji: string;
  kana: string;
  romaji: string;
}

const m = (kanji: string, kana: string, romaji: string): Morpheme => ({ kanji, kana, romaji });

const qualifiers = [
  m('全身性', 'ぜんしんせい', 'zenshinsei'),
  m('先天性', 'せんてんせい', 'sentensei'),
  m('遺伝性', 'いでんせい', 'idensei'),
  m('特発性', 'とくはつせい', 'tokuhatsusei'),
  m('家族性', 'かぞくせい', 'kazokusei'),
  m('進行性', 'しんこうせい', 'shinkosei'),
  m('若年性', 'じゃくねんせい', 'jakunensei'),
  m('原発性', 'げんぱつせい', 'genpatsusei'),
  m('自己免疫性', 'じこめんえきせい', 'jikomenekisei'),
  m('多発性', 'たはつせい', 'tahatsusei'),
  m('慢性', 'まんせい', 'mansei'),
  m('再発性', 'さいはつせい', 'saihatsusei'),
  m('好酸球性', 'こうさんきゅうせい', 'kosankyusei'),
  m('肥大型', 'ひだいがた', 'hidaigata'),
  m('拡張型', 'かくちょうがた', 'kakuchogata'),
];

const organs = [
  m('筋', 'きん', 'kin'),
  m('肝', 'かん', 'kan'),
  m('腎', 'じん', 'jin'),
  m('肺', 'はい', 'hai'),
  m('皮膚', 'ひふ', 'hifu'),
  m('血管', 'けっかん', 'kekkan'),
  m('神経', 'しんけい', 'shinkei'),
  m('骨髄', 'こつずい', 'kotsuzui'),
  m('脊髄', 'せきずい', 'sekizui'),
  m('心筋', 'しんきん', 'shinkin'),
  m('膵', 'すい', 'sui'),
  m('網膜', 'もうまく', 'momaku'),
  m('小脳', 'しょうのう', 'shono'),
  m('副腎', 'ふくじん', 'fukujin'),
  m('軟骨', 'なんこつ', 'nankotsu'),
  m('胆管', 'たんかん', 'tankan'),
  m('腸管', 'ちょうかん', 'chokan'),
  m('甲状腺', 'こうじょうせん', 'kojosen'),
  m('視神経', 'ししんけい', 'shishinkei'),
];

const kinds = [
  m('炎', 'えん', 'en'),
  m('症', 'しょう', 'sho'),
  m('症候群', 'しょうこうぐん', 'shokogun'),
  m('変性症', 'へんせいしょう', 'henseisho'),
  m('萎縮症', 'いしゅくしょう', 'ishukusho'),
  m('硬化症', 'こうかしょう', 'kokasho'),
  m('線維症', 'せんいしょう', 'senisho'),
  m('低形成', 'ていけいせい', 'teikeisei'),
  m('異形成症', 'いけいせいしょう', 'ikeiseisho'),
  m('血管腫症', 'けっかんしゅしょう', 'kekkanshusho'),
  m('形成不全', 'けいせいふぜん', 'keiseifuzen'),
];

export interface ConditionName {
  /** e.g. 進行性腎硬化症 */
  name: string;
  /** e.g. しんこうせいじんこうかしょう */
  reading: string;
  /** e.g. shinkosei-jin-kokasho */
  slug: string;
  /** The organ and kind without the qualifier, e.g. 腎硬化症: an alias people search for. */
  shortName: string;
}

/** How many distinct names the tables can make. */
const conditionNameCapacity = qualifiers.length * organs.length * kinds.length;

/**
 * `count` distinct condition names in a fixed, well-mixed order (the same for every run), so neighbouring
 * conditions do not all share a qualifier.
 */
export function conditionNames(count: number): ConditionName[] {
  if (count > conditionNameCapacity) {
    throw new Error(`At most ${conditionNameCapacity} condition names can be generated; ${count} were asked for.`);
  }
  // A stride coprime with the capacity visits every combination once before repeating.
  const stride = 1_009;
  return Array.from({ length: count }, (_, index) => {
    const code = (index * stride) % conditionNameCapacity;
    const kind = cycle(kinds, code);
    const organ = cycle(organs, Math.floor(code / kinds.length));
    const qualifier = cycle(qualifiers, Math.floor(code / (kinds.length * organs.length)));
    return {
      name: qualifier.kanji + organ.kanji + kind.kanji,
      reading: qualifier.kana + organ.kana + kind.kana,
      slug: `${qualifier.romaji}-${organ.romaji}-${kind.romaji}`,
      shortName: organ.kanji + kind.kanji,
    };
  });
}
