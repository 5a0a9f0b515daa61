import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter } from '../../src/checker/frontmatter.ts';

const mdx = ['---', 'title: 交流会', 'rooms:', '  - scleroderma', '  - mpa', 'apply:', '  how: フォームから', '---', '', '本文です。'].join('\n');

describe('splitFrontmatter', () => {
  it('separates the YAML between the --- lines from the body and remembers where each starts', () => {
    expect(splitFrontmatter(mdx)).toEqual({
      ok: true,
      yaml: 'title: 交流会\nrooms:\n  - scleroderma\n  - mpa\napply:\n  how: フォームから',
      yamlLine: 2,
      body: '\n本文です。',
      bodyLine: 9,
    });
  });

  it('accepts Windows line endings and a byte-order mark, as editors on staff laptops write them', () => {
    const split = splitFrontmatter(`\uFEFF${mdx.replaceAll('\n', '\r\n')}`);
    expect(split).toMatchObject({ ok: true, bodyLine: 9 });
  });

  it('reports a file without frontmatter at line 1, saying what to add', () => {
    expect(splitFrontmatter('# 見出し\n本文')).toMatchObject({ ok: false, line: 1, message: expect.stringContaining('「---」の行') });
  });

  it('reports frontmatter that is never closed', () => {
    expect(splitFrontmatter('---\ntitle: x\n本文')).toMatchObject({ ok: false, line: 1, message: expect.stringContaining('「---」だけの行を入れてください') });
  });
});

describe('parseYaml', () => {
  const split = splitFrontmatter(mdx);
  if (!split.ok) throw new Error('the sample must split');
  const parsed = parseYaml(split.yaml, split.yamlLine);
  if (!parsed.ok) throw new Error('the sample must parse');

  it('keeps timestamps as the text staff wrote, so a missing +09:00 can be caught', () => {
    const result = parseYaml('start: 2026-12-05T14:00:00\nday: 2026-11-23', 1);
    expect(result).toMatchObject({ ok: true, data: { start: '2026-12-05T14:00:00', day: '2026-11-23' } });
  });

  it('maps fields and list items to their file lines', () => {
    expect(parsed.lineOf(['title'])).toBe(2);
    expect(parsed.lineOf(['rooms', 1])).toBe(5);
    expect(parsed.lineOf(['apply', 'how'])).toBe(7);
  });

  it("points a missing field at its parent's line, and a missing top-level field at the opening ---", () => {
    expect(parsed.lineOf(['apply', 'deadline'])).toBe(6);
    expect(parsed.lineOf(['status'])).toBe(1);
  });

  it('reports broken YAML at the file line the parser names, with a hint in Japanese', () => {
    const broken = parseYaml('title: ok\nsummary: 参加のしかた: チャット', 2);
    expect(broken).toMatchObject({ ok: false, line: 3, message: expect.stringContaining('"…" で囲む') });
  });

  it('reports an unclosed quote where it was opened, not at the end of the file where YAML notices it', () => {
    const broken = parseYaml('title: "交流会\nsummary: 紹介\nrooms:\n  - a\n', 2);
    expect(broken).toMatchObject({ ok: false, line: 2, message: expect.stringContaining('閉じる記号がありません') });
    expect(parseYaml('summary: 紹介\ntitle: "交流会 \\"12月\\"\n', 2)).toMatchObject({ ok: false, line: 3 });
    expect(parseYaml('summary: 紹介\ntitle: "交流会 \\"12月\\""\n', 2)).toMatchObject({ ok: true, data: { title: '交流会 "12月"' } });
  });

  it('reports a field written twice', () => {
    expect(parseYaml('title: a\ntitle: b', 2)).toMatchObject({ ok: false, line: 3, message: expect.stringContaining('2 回書かれています') });
  });

  it('treats empty frontmatter as an empty set of fields, so each missing field is named', () => {
    expect(parseYaml('', 2)).toMatchObject({ ok: true, data: {} });
  });
});
