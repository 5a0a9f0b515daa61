import { stripVTControlCharacters } from 'node:util';
import { describe, expect, inject, it } from 'vitest';

/**
 * Furigana and the search index run in a worker after the pages are built (src/integrations/page-words.ts); what they
 * say reaches the build's log under their own names, as staff read it in the terminal, warnings as warnings.
 */
const lines = (log: string) => stripVTControlCharacters(log).split('\n');
const { site, quirky } = inject('buildLogs');

describe('the build log, after the pages are built', () => {
  it('says how many pages got readings and how many were indexed, each under its step', () => {
    expect(lines(site)).toContainEqual(expect.stringMatching(/\[hiroba:furigana\] ふりがな: \d+ ページ/));
    expect(lines(site)).toContainEqual(expect.stringMatching(/\[hiroba:search-index\] 検索の索引: \d+ ページ/));
  });

  it('says nothing of images the workers beside the build could not draw', () => {
    expect(site).not.toContain('並べて描けませんでした');
    expect(quirky).not.toContain('並べて描けませんでした');
  });

  it('warns nothing about readings when every kanji of the pages for children has one', () => {
    expect(site).not.toContain('読みが分からず');
  });

  it('warns of a word on a page for children with no reading, and says where to give it one', () => {
    const warning = lines(quirky).find((line) => line.includes('読みが分からず'));
    expect(warning).toMatch(/\[WARN\] \[hiroba:furigana\] /);
    expect(warning).toMatch(
      /ふりがなを付けられなかった言葉: 髙。.*furigana\.yaml に「言葉: よみ」を書き足してください。/,
    );
  });
});
