import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/checker/frontmatter.ts';
import { readYamlData } from '../../src/checker/yaml-data.ts';

const sampleContent = fileURLToPath(new URL('../../content/', import.meta.url));

describe('readYamlData', () => {
  it.each([
    ['timestamps and times, as written', 'start: 2026-12-05T14:00:00\nday: 2026-11-23\nat: 12:30'],
    ['YAML 1.1 words, as text', 'a: yes\nb: on\nc: No'],
    ['true, false and null in their three spellings', 'a: True\nb: FALSE\nc: ~\nd: NULL\ne:'],
    ['integers, octal and hexadecimal', 'a: 012\nb: 0o12\nc: 0x1F\nd: +12\ne: -0'],
    ['what only looks like a number, as text', 'a: 0b101\nb: 1e\nc: 0xZ\nd: 1_000'],
    ['floats, exponents, infinity and not-a-number', 'a: -.5\nb: 1e3\nc: 0.\nd: 1.0\ne: .inf\nf: -.Inf\ng: .NaN'],
    ['lists, maps, anchors and a merge key left as a key', 'a: &x [1, .5, x]\nb: *x\nc: {d: null}\n<<: {e: 1}'],
    ['explicit tags, quotes and block text', 'a: !!str 12\nb: !!int "12"\nc: "1"\nd: |\n  x\n  y\ne: >-\n  x\n  y\n'],
  ])('reads %s as the yaml package does', (_case, text) => {
    expect(readYamlData(text)).toEqual({ data: parse(text) });
  });

  it('leaves to the yaml package what js-yaml would read otherwise or refuses', () => {
    expect(readYamlData('- ? a\n  : 1')).toBeUndefined();
    expect(readYamlData('title: a\ntitle: b')).toBeUndefined();
    expect(readYamlData('title: ok\nsummary: 参加のしかた: チャット')).toBeUndefined();
  });

  it('reads every file of the sample content as the yaml package does', async () => {
    const files = (await readdir(sampleContent, { recursive: true })).filter((file) => /\.(mdx|ya?ml)$/.test(file));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = await readFile(join(sampleContent, file), 'utf8');
      const split = file.endsWith('.mdx') ? splitFrontmatter(source) : { ok: true as const, yaml: source };
      if (!split.ok) throw new Error(`${file} has no frontmatter`);
      expect(readYamlData(split.yaml), file).toEqual({ data: parse(split.yaml) });
    }
  });
});
