import { paths } from '../model/urls.ts';

/**
 * The site's own sections and the everyday words that lead to them (交流会 → the list of meetings, 相談 → urgent
 * help, 匿名 → the rules and privacy page). They are the site's, not the content's: the pages are fixed, so their
 * words are written here, with readings like the content's `searchWords`.
 */

interface SiteSection {
  path: string;
  name: string;
  reading: string;
  searchWords: { word: string; reading?: string }[];
  /** The section lists every event page. */
  listsEvents?: true;
}

export const siteSections: SiteSection[] = [
  {
    path: paths.events(),
    name: '交流会',
    reading: 'こうりゅうかい',
    searchWords: [
      { word: 'イベント' },
      { word: '集まり', reading: 'あつまり' },
      { word: 'おしゃべり会', reading: 'おしゃべりかい' },
    ],
    listsEvents: true,
  },
  {
    path: paths.join(),
    name: '参加のしかた',
    reading: 'さんかのしかた',
    searchWords: [
      { word: '参加方法', reading: 'さんかほうほう' },
      { word: '申し込み', reading: 'もうしこみ' },
      { word: '登録', reading: 'とうろく' },
    ],
  },
  {
    path: paths.guidelines(),
    name: 'ルールとプライバシー',
    reading: 'るーるとぷらいばしー',
    searchWords: [
      { word: 'ルール' },
      { word: 'プライバシー' },
      { word: '匿名', reading: 'とくめい' },
      { word: '個人情報', reading: 'こじんじょうほう' },
    ],
  },
  {
    path: paths.help(),
    name: '緊急のときの相談先',
    reading: 'きんきゅうのときのそうだんさき',
    searchWords: [
      { word: '相談', reading: 'そうだん' },
      { word: '相談先', reading: 'そうだんさき' },
      { word: '相談窓口', reading: 'そうだんまどぐち' },
      { word: '電話相談', reading: 'でんわそうだん' },
      { word: '緊急', reading: 'きんきゅう' },
      { word: 'つらい' },
      { word: '辛い', reading: 'つらい' },
      { word: '苦しい', reading: 'くるしい' },
    ],
  },
  {
    path: paths.conditions(),
    name: '病気から探す',
    reading: 'びょうきからさがす',
    searchWords: [
      { word: '病気', reading: 'びょうき' },
      { word: '病名', reading: 'びょうめい' },
    ],
  },
  {
    path: paths.roles(),
    name: '立場から探す',
    reading: 'たちばからさがす',
    searchWords: [{ word: '立場', reading: 'たちば' }],
  },
  {
    path: paths.about(),
    name: 'このサイトについて',
    reading: 'このさいとについて',
    searchWords: [
      { word: '運営', reading: 'うんえい' },
      { word: '問い合わせ', reading: 'といあわせ' },
      { word: 'お問い合わせ', reading: 'おといあわせ' },
    ],
  },
];
