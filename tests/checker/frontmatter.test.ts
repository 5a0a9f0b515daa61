import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checker/check.ts';
import { parseYaml, splitFrontmatter } from '../../src/checker/frontmatter.ts';
import { formatProblem } from '../../src/lib/problem.ts';

const mdx = [
  '---',
  'title: 交流会',
  'rooms:',
  '  - scleroderma',
  '  - mpa',
  'apply:',
  '  how: フォームから',
  '---',
  '',
  '本文です。',
].join('\n');

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
    expect(splitFrontmatter('# 見出し\n本文')).toMatchObject({
      ok: false,
      line: 1,
      message: expect.stringContaining('「---」の行'),
    });
  });

  it('reports frontmatter that is never closed', () => {
    expect(splitFrontmatter('---\ntitle: x\n本文')).toMatchObject({
      ok: false,
      line: 1,
      message: expect.stringContaining('「---」だけの行を入れてください'),
    });
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
    expect(parseYaml('summary: 紹介\ntitle: "交流会 \\"12月\\""\n', 2)).toMatchObject({
      ok: true,
      data: { title: '交流会 "12月"' },
    });
  });

  it('reports a field written twice', () => {
    expect(parseYaml('title: a\ntitle: b', 2)).toMatchObject({
      ok: false,
      line: 3,
      message: expect.stringContaining('2 回書かれています'),
    });
  });

  it('treats empty frontmatter as an empty set of fields, so each missing field is named', () => {
    expect(parseYaml('', 2)).toMatchObject({ ok: true, data: {} });
  });
});

describe('files saved with Windows line endings', () => {
  const windows = (text: string) => text.replaceAll('\n', '\r\n');

  it('split into the same YAML and body, without a stray \\r, at the same lines', () => {
    const split = splitFrontmatter(windows(mdx));
    expect(split).toEqual(splitFrontmatter(mdx));
    if (!split.ok) throw new Error('the sample must split');
    expect(split.yaml + split.body).not.toContain('\r');
    const parsed = parseYaml(split.yaml, split.yamlLine);
    expect(parsed).toMatchObject({
      ok: true,
      data: { title: '交流会', rooms: ['scleroderma', 'mpa'], apply: { how: 'フォームから' } },
    });
    if (parsed.ok) expect(parsed.lineOf(['apply', 'how'])).toBe(7);
  });

  it('report broken YAML at the same line', () => {
    const split = splitFrontmatter(windows('---\ntitle: ok\nsummary: 参加のしかた: チャット\n---\n本文'));
    if (!split.ok) throw new Error('the file must split');
    expect(parseYaml(split.yaml, split.yamlLine)).toMatchObject({ ok: false, line: 3 });
  });

  describe('through the whole check', () => {
    const sample = fileURLToPath(new URL('../../content', import.meta.url));
    const now = new Date('2026-11-30T12:00:00+09:00');
    let scratch = '';
    afterAll(() => rm(scratch, { recursive: true, force: true }));

    /** The sample content with every file saved with \r\n, as an editor on a staff laptop may save it. */
    async function windowsCopy(): Promise<string> {
      scratch = await mkdtemp(join(tmpdir(), 'hiroba-crlf-'));
      await cp(sample, scratch, { recursive: true });
      for (const file of await readdir(scratch, { recursive: true })) {
        if (!/\.(mdx|yaml)$/.test(file)) continue;
        const path = join(scratch, file);
        await writeFile(path, windows(await readFile(path, 'utf8')));
      }
      return scratch;
    }

    it('finds the same content as in the files saved with \\n, and problems at the same lines', async () => {
      const root = await windowsCopy();
      const [crlf, lf] = await Promise.all([checkContent(root, now, root), checkContent(sample, now, sample)]);
      expect(crlf.problems.map(formatProblem)).toEqual(lf.problems.map(formatProblem));
      expect(crlf.content).toEqual(lf.content);

      const brokenRoom =
        '---\nname: 部屋\nprogramme: rare-disease\ncondition: nowhere\nroles: [patient]\nstatus: open\nsummary: 紹介\nmottos: [a]\nrules: ' +
        '[b]\nlastReviewed: 2026-11-01\ncolor: "#123456"\n---\n\n本文です。\n\n<b>閉じていない\n';
      await writeFile(join(root, 'rooms/broken.mdx'), windows(brokenRoom));
      const broken = (await checkContent(root, now, root)).problems
        .map(formatProblem)
        .filter((line) => line.startsWith('rooms/broken.mdx'));
      expect(broken.sort()).toEqual([
        expect.stringMatching(/^rooms\/broken\.mdx:16 — 本文（MDX）の書き方に誤りがあります。/),
        expect.stringMatching(/^rooms\/broken\.mdx:4 condition — /),
      ]);
    });
  });
});
