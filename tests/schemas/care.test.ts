import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { validate } from '../../src/checker/explain-issues.ts';
import { parseYaml } from '../../src/checker/frontmatter.ts';
import { conditionSchema, siteSchema } from '../../src/schemas/index.ts';
import { furiganaDictionarySchema } from '../../src/schemas/furigana.ts';

function problemsOf(schema: z.ZodType, yaml: string): string[] {
  const parsed = parseYaml(yaml, 1);
  if (!parsed.ok) throw new Error(parsed.message);
  const result = validate(schema, parsed.data, { file: 'x', lineOf: parsed.lineOf });
  return result.ok
    ? []
    : result.problems.map((problem) => `${problem.line} ${problem.field ?? ''} — ${problem.message}`);
}

const site = (resource: string) =>
  [
    'name: ひろば',
    'tagline: 広場',
    'url: https://hiroba.example/',
    'publisher:\n  name: 運営',
    'contact:\n  email: info@hiroba.example',
    'forum:\n  url: https://forum.hiroba.example/',
    'crisisResources:',
    resource,
  ].join('\n');

describe('a crisis resource', () => {
  const resource = (lines: string[]) => ['  - name: 相談', '    tier: talk', '    who: だれでも', ...lines].join('\n');

  it('says a 0570 number costs the caller, at its cost line', () => {
    const yaml = site(
      resource([
        '    description: d',
        '    phone: "0570-064-556"',
        '    hours: 地域によって違います',
        '    cost: free',
        '    source: https://www.mhlw.go.jp/mamorouyokokoro/soudan/tel/',
        '    lastReviewed: 2026-11-23',
      ]),
    );
    expect(problemsOf(siteSchema, yaml)).toEqual([
      '17 crisisResources[0].cost — 0570 で始まる番号（ナビダイヤル）は通話料がかかります。cost を charged にしてください。',
    ]);
  });

  it('needs a number or a page to start from', () => {
    const yaml = site(
      resource([
        '    description: d',
        '    hours: 24 時間',
        '    cost: free',
        '    source: https://www.mhlw.go.jp/mamorouyokokoro/soudan/sns/',
        '    lastReviewed: 2026-11-23',
      ]),
    );
    expect(problemsOf(siteSchema, yaml)).toEqual([
      expect.stringContaining('crisisResources[0].phone — 電話番号（phone）か相談のページ（url）'),
    ]);
  });

  it('gives the site a neutral page to leave for when none is written', () => {
    const yaml = site(
      resource([
        '    description: d',
        '    phone: "119"',
        '    hours: 24 時間',
        '    cost: free',
        '    source: https://www.fdma.go.jp/publication/portal/items/portal002_japanese.pdf',
        '    lastReviewed: 2026-11-23',
      ]),
    );
    const parsed = parseYaml(yaml, 1);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(siteSchema.parse(parsed.data)).toMatchObject({ quickExit: 'https://www.jma.go.jp/bosai/forecast/' });
  });
});

describe('a statement about an illness', () => {
  const condition = (facts: string) =>
    [
      'name: 全身性強皮症',
      'reading: ぜんしんせいきょうひしょう',
      'status: open',
      'summary: s',
      'color: "#4F6FA8"',
      'lastReviewed: 2026-11-23',
      'sources:\n  - name: 難病情報センター\n    url: https://www.nanbyou.or.jp/entry/4027',
      facts,
    ].join('\n');

  it('is refused without a source, and with one that is not among the sources', () => {
    expect(problemsOf(conditionSchema, condition('facts:\n  - statement: 指定難病です。'))).toEqual([
      expect.stringMatching(/^11 facts\[0\]\.source — 「source」がありません。/),
    ]);
    expect(
      problemsOf(conditionSchema, condition('facts:\n  - statement: 指定難病です。\n    source: https://example.jp/')),
    ).toEqual([
      '12 facts[0].source — 出典「https://example.jp/」が sources にありません。sources の url（https://www.nanbyou.or.jp/entry/4027）のどれかを書くか、sources に足してください。',
    ]);
  });

  it('passes with one of the sources', () => {
    const yaml = condition('facts:\n  - statement: 指定難病です。\n    source: https://www.nanbyou.or.jp/entry/4027');
    expect(problemsOf(conditionSchema, yaml)).toEqual([]);
  });
});

describe('the furigana dictionary', () => {
  it('takes words with kanji and readings whose kana fit the word', () => {
    expect(problemsOf(furiganaDictionarySchema, '家族会: かぞくかい\n話す: はなす\n申し込む: もうしこむ')).toEqual([]);
  });

  it('refuses a reading that drops the word’s own kana, at its line', () => {
    expect(problemsOf(furiganaDictionarySchema, '家族会: かぞくかい\n話す: はなし')).toEqual([
      '2 話す — 読み「はなし」が言葉「話す」に合いません。言葉の中のかなは、読みにもそのまま入れてください（例: 話す: はなす）。',
    ]);
  });

  it('refuses a word without kanji and a reading not in hiragana', () => {
    expect(problemsOf(furiganaDictionarySchema, 'ひろば: ひろば\n家族: カゾク')).toEqual([
      '1 ひろば — 「言葉: よみ」の形で、漢字をふくむ言葉と、ひらがなの読みを書いてください（例: 家族会: かぞくかい）。',
      '2 家族 — ふりがなは、ひらがなだけで書いてください（例: きょうひしょう）。',
    ]);
  });
});
