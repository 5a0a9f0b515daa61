import { describe, expect, it } from 'vitest';
import { validate } from '../../src/checker/explain-issues.ts';
import { fieldName } from '../../src/lib/problem.ts';
import { parseYaml } from '../../src/checker/frontmatter.ts';
import { eventSchema, roleSchema, siteSchema } from '../../src/schemas/index.ts';
import type { z } from 'astro/zod';

/** Validates YAML written as frontmatter (its first line is file line 2) and returns `line field — message`. */
function problemsOf(schema: z.ZodType, yaml: string): string[] {
  const parsed = parseYaml(yaml, 2);
  if (!parsed.ok) throw new Error(parsed.message);
  const result = validate(schema, parsed.data, { file: 'x.mdx', lineOf: parsed.lineOf });
  return result.ok
    ? []
    : result.problems.map((problem) => `${problem.line} ${problem.field ?? ''} — ${problem.message}`);
}

/** The one problem reported for `field`, as `problemsOf` writes it. */
function problemFor(schema: z.ZodType, yaml: string, field: string): string | undefined {
  return problemsOf(schema, yaml).find((problem) => problem.includes(` ${field} — `));
}

const role = [
  'name: きょうだい',
  'shortName: きょうだい',
  'reading: きょうだい',
  'summary: 兄弟姉妹がいる人の案内です。',
  'lastReviewed: 2026-11-01',
];

describe('validate', () => {
  it('returns the parsed data with defaults when the file is right', () => {
    const parsed = parseYaml(role.join('\n'), 2);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(validate(roleSchema, parsed.data, { file: 'x.mdx', lineOf: parsed.lineOf })).toMatchObject({
      ok: true,
      data: { order: 100, aliases: [] },
    });
  });

  it('names an unknown field on its own line and suggests the field it most likely meant', () => {
    expect(problemsOf(roleSchema, [...role, 'ordr: 10'].join('\n'))).toEqual([
      '7 ordr — 「ordr」という項目はありません。「order」のまちがいではありませんか？ 名前を直してください。',
    ]);
  });

  it('lists the allowed fields when an unknown one is not close to any', () => {
    const [problem] = problemsOf(roleSchema, [...role, 'color: "#fff"'].join('\n'));
    expect(problem).toContain(
      '使える項目は name, shortName, reading, aliases, searchWords, summary, order, forChildren, lastReviewed, reviewBy, reviewedBy です',
    );
  });

  it('says a missing field is missing and which line to add, under its parent when nested', () => {
    const event = problemsOf(eventSchema, 'apply:\n  method: form\n  url: https://apply.example/\n  how: フォーム');
    expect(event).toContain('1 title — 「title」がありません。「title: …」の行を書き足してください。');
    expect(event).toContain(
      '2 apply.deadline — 「deadline」がありません。「apply」の下に、字下げして「deadline: …」の行を書き足してください。',
    );
  });

  it('asks for the kind of a choice of shapes (how to apply, a way in) when it is missing or unknown', () => {
    const choices = '「form」（フォーム）、「email」（メール）、「registration」（登録ページ）のどれか。';
    expect(problemFor(eventSchema, 'apply:\n  how: フォーム', 'apply.method')).toBe(
      `2 apply.method — 申し込みの方法を method に書いてください: ${choices}`,
    );
    expect(problemFor(eventSchema, 'apply:\n  method: phone\n  how: 電話', 'apply.method')).toBe(
      `3 apply.method — 申し込みの方法を method に書いてください: ${choices}`,
    );
  });

  it('adds the allowed choices when a missing field is a choice', () => {
    const format = problemFor(eventSchema, 'title: 会', 'format');
    expect(format).toBe(
      '1 format — 「format」がありません。「format: …」の行を書き足してください。「online」（オンライン）、「offline」（会場）、「hybrid」（両方）のどれかを書いてください。',
    );
  });

  it("keeps the schema's own message for a wrong value", () => {
    const start = problemFor(eventSchema, 'start: 2026-12-05T14:00:00', 'start');
    expect(start).toBe('2 start — 日時は「2026-12-05T14:00:00+09:00」の形で、最後に +09:00 を付けて書いてください。');
  });

  it('says when a field is written but left empty', () => {
    expect(problemsOf(roleSchema, role.join('\n').replace('shortName: きょうだい', 'shortName:'))).toEqual([
      '3 shortName — 値が空です。文字で書いてください。',
    ]);
  });

  it('gives Japanese defaults where a schema has no message of its own', () => {
    expect(problemFor(roleSchema, 'aliases: 12', 'aliases')).toBe(
      '2 aliases — 「- 」で始まる行を並べたリストで書いてください。',
    );
    expect(problemFor(siteSchema, 'forum:\n  calendarEvents: true', 'forum.url')).toBe(
      '2 forum.url — 「url」がありません。「forum」の下に、字下げして「url: …」の行を書き足してください。',
    );
  });

  it('points at list items by position', () => {
    const steps = problemFor(eventSchema, 'eligibility:\n  - 患者さん\n  - ""', 'eligibility[1]');
    expect(steps).toBe('4 eligibility[1] — 空になっています。内容を書いてください。');
  });

  it('asks for fields when the frontmatter is not a set of fields at all', () => {
    expect(problemsOf(roleSchema, '- a\n- b')).toEqual([
      '1  — 項目を「name: 値」のように 1 行に 1 つずつ書いてください。',
    ]);
  });
});

describe('the words people use (searchWords) and the crisis words', () => {
  it('asks for the reading of a word written with kanji, on its line, and takes a kana or Latin word without one', () => {
    const yaml = [...role, 'searchWords:', '  - { word: 兄 }', '  - { word: うちのこ }', '  - { word: PTSD }'].join(
      '\n',
    );
    expect(problemsOf(roleSchema, yaml)).toEqual([
      // The line of the first word: after the opening ---, the role's own lines and the `searchWords:` line.
      expect.stringMatching(
        new RegExp(
          `^${role.length + 3} searchWords\\[0\\]\\.reading — 漢字を含む言葉には、ふりがな（reading）を書いてください`,
        ),
      ),
    ]);
    const read = [...role, 'searchWords:', '  - { word: 兄, reading: あに }'].join('\n');
    expect(problemsOf(roleSchema, read)).toEqual([]);
  });

  it('asks for a reading in hiragana', () => {
    const yaml = [...role, 'searchWords:', '  - { word: 兄, reading: アニ }'].join('\n');
    expect(problemFor(roleSchema, yaml, 'searchWords[0].reading')).toContain('ひらがなだけで');
  });

  it('refuses a crisis word of one character or with a space in it', () => {
    const site = [
      'name: ひろば',
      'tagline: 広場',
      'url: https://hiroba.example/',
      'publisher: { name: 運営 }',
      'contact: { email: info@hiroba.example }',
      'crisisResources:',
      '  - { name: 相談, description: 相談, source: https://example.jp/, lastReviewed: 2026-11-23 }',
      'crisisWords:',
      '  - 死',
      '  - もう むり',
      '  - もう無理',
      'forum: { url: https://forum.hiroba.example/ }',
    ].join('\n');
    expect(problemFor(siteSchema, site, 'crisisWords[0]')).toContain('2 文字以上');
    expect(problemFor(siteSchema, site, 'crisisWords[1]')).toContain('空白を入れずに');
    expect(problemFor(siteSchema, site, 'crisisWords[2]')).toBeUndefined();
  });
});

describe('fieldName', () => {
  it('writes paths the way staff see them in the file', () => {
    expect(fieldName(['apply', 'deadline'])).toBe('apply.deadline');
    expect(fieldName(['rooms', 1])).toBe('rooms[1]');
    expect(fieldName(['crisisResources', 0, 'lastReviewed'])).toBe('crisisResources[0].lastReviewed');
  });
});
