import { beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/model/catalog.ts';
import { insideSite, paths } from '../../src/model/urls.ts';
import { relationWeight } from '../../src/search/index-format.ts';
import { searchVocabulary, type VocabularyEntity } from '../../src/search/vocabulary.ts';
import { condition, content } from '../checker/support/content-builders.ts';
import { loadSampleContent } from '../support/sample-content.ts';

let vocabulary: VocabularyEntity[];
const entity = (label: string) => {
  const found = vocabulary.find((candidate) => candidate.label === label);
  if (!found) throw new Error(`no entity ${label}`);
  return found;
};
const forms = (label: string) => entity(label).words.map((word) => word.form);
const weightOn = (label: string, path: string) => entity(label).pages.get(insideSite(path));

beforeAll(async () => {
  vocabulary = searchVocabulary((await loadSampleContent()).catalog);
});

describe('the words the site knows', () => {
  it('are each name with its parts at brackets and middle dots, and its reading', () => {
    expect(forms('子ども（ヤングケアラー）')).toEqual(
      expect.arrayContaining(['子ども(やんぐけあらー)', '子ども', 'やんぐけあらー', 'こども']),
    );
    expect(forms('配偶者・パートナー')).toEqual(
      expect.arrayContaining(['配偶者', 'ぱーとなー', 'はいぐうしゃ', 'はいぐうしゃ・ぱーとなー']),
    );
  });

  it('include the aliases and the words people use, with their readings', () => {
    expect(forms('精神疾患のある人の家族')).toEqual(
      expect.arrayContaining(['精神疾患', '統合失調症', 'とうごうしっちょうしょう', 'うつ病', 'うつびょう']),
    );
    expect(forms('きょうだい')).toEqual(expect.arrayContaining(['兄', 'あに', '妹', 'いもうと']));
  });

  it('remember how a reading’s word is written, to suggest it', () => {
    const reading = entity('精神疾患のある人の家族').words.find((word) => word.form === 'とうごうしっちょうしょう');
    expect(reading?.written).toBe('統合失調症');
    const part = entity('配偶者・パートナー').words.find((word) => word.form === 'はいぐうしゃ');
    expect(part?.written).toBe('配偶者');
  });

  it('rank a name above another name of it', () => {
    const child = entity('子ども（ヤングケアラー）').words.find((word) => word.form === 'やんぐけあらー');
    const alias = entity('精神疾患のある人の家族').words.find((word) => word.form === 'やんぐけあらー');
    expect(child?.strength).toBeGreaterThan(alias?.strength ?? Infinity);
  });

  it('are tidied as a typed query is: full-width letters and half-width kana', () => {
    const catalog = createCatalog(
      content({ conditions: [condition('scleroderma', { aliases: ['ＳＳｃ', 'ｷｮｳﾋｼｮｳ'] })] }),
    );
    const words = searchVocabulary(catalog)[0]?.words.map((word) => word.form);
    expect(words).toEqual(expect.arrayContaining(['ssc', 'きょうひしょう']));
  });

  it('include the site’s own sections', () => {
    expect(weightOn('交流会', paths.events())).toBe(relationWeight.own);
    expect(weightOn('緊急のときの相談先', paths.help())).toBe(relationWeight.own);
    expect(forms('緊急のときの相談先')).toContain('そうだん');
  });
});

describe('the pages a word leads to', () => {
  it('are its own page first, then the pages made of it', () => {
    const family = '精神疾患のある人の家族';
    expect(weightOn(family, paths.condition('mental-illness'))).toBe(relationWeight.own);
    expect(weightOn(family, paths.conditionRole('mental-illness', 'sibling'))).toBe(relationWeight.pair);
    expect(weightOn(family, paths.room('family-salon-sibling'))).toBe(relationWeight.room);
    expect(weightOn(family, paths.programme('family-salon'))).toBe(relationWeight.programme);
    expect(weightOn(family, paths.event('sibling-online-2026-12'))).toBe(relationWeight.event);
  });

  it('for a role, are its page, its condition × role pages, its rooms and its meetings', () => {
    expect(weightOn('きょうだい', paths.role('sibling'))).toBe(relationWeight.own);
    expect(weightOn('きょうだい', paths.conditionRole('mental-illness', 'sibling'))).toBe(relationWeight.pair);
    expect(weightOn('きょうだい', paths.room('family-salon-sibling'))).toBe(relationWeight.room);
    expect(weightOn('きょうだい', paths.event('sibling-online-2026-12'))).toBe(relationWeight.event);
    expect(weightOn('きょうだい', paths.condition('mental-illness'))).toBeUndefined();
  });

  it('never include another condition’s pages', () => {
    for (const path of entity('全身性強皮症').pages.keys()) {
      expect(path, path).not.toMatch(/mpa|hemophilia|mental-illness|family-salon/);
    }
  });
});
