import { CST, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, Parser, type YAMLError } from 'yaml';
import type { FieldPath } from '../lib/problem.ts';
import { readYamlData } from './yaml-data.ts';

/** Finds the 1-based file line of a field; a missing field gives its parent's line. */
export type LineOf = (path: FieldPath) => number;

/** YAML that parsed, with a way back from every field to the line it was written on. */
export interface ParsedYaml {
  ok: true;
  data: unknown;
  lineOf: LineOf;
}

/** YAML that did not parse: where and why, already said for staff. */
export interface YamlFailure {
  ok: false;
  line: number;
  message: string;
}

/** An MDX file split at its frontmatter. */
export interface SplitFile {
  ok: true;
  /** The YAML between the `---` lines. */
  yaml: string;
  /** File line of the first YAML line (the line after the opening `---`). */
  yamlLine: number;
  /** Everything below the closing `---`. */
  body: string;
  /** File line where the body starts. */
  bodyLine: number;
}

const fence = /^---[ \t]*$/;

/**
 * Splits an MDX file into frontmatter and body, as Astro does: the file must open with a `---` line and the
 * frontmatter ends at the next `---` line.
 */
export function splitFrontmatter(source: string): SplitFile | YamlFailure {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!fence.test(lines[0] ?? '')) {
    return {
      ok: false,
      line: 1,
      message:
        'ファイルの 1 行目が「---」ではありません。ファイルの先頭に「---」の行、項目（name: … など）、「---」の行を順に書いてください。',
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && fence.test(line));
  if (closing === -1) {
    return {
      ok: false,
      line: 1,
      message: '項目の終わりを示す「---」の行がありません。項目を書き終えたところに「---」だけの行を入れてください。',
    };
  }
  return {
    ok: true,
    yaml: lines.slice(1, closing).join('\n'),
    yamlLine: 2,
    body: lines.slice(closing + 1).join('\n'),
    bodyLine: closing + 2,
  };
}

/**
 * Parses YAML whose first line is `firstLine` of its file, so that every field path, and every missing field's
 * parent, maps to a file line. The data is read fast (./yaml-data.ts); the syntax tree that gives the lines is made
 * only when a line is asked for, which is when the file has a problem to report.
 */
export function parseYaml(text: string, firstLine: number): ParsedYaml | YamlFailure {
  const read = readYamlData(text);
  if (!read) return parseYamlTree(text, firstLine);
  let tree: ParsedYaml | YamlFailure | undefined;
  return {
    ok: true,
    data: read.data ?? {},
    lineOf(path) {
      tree ??= parseYamlTree(text, firstLine);
      return tree.ok ? tree.lineOf(path) : Math.max(1, firstLine - 1);
    },
  };
}

/** Parses YAML with its syntax tree: the lines of its fields, and staff's words for what is wrong with it. */
function parseYamlTree(text: string, firstLine: number): ParsedYaml | YamlFailure {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const [error] = doc.errors;
  if (error) {
    const line = (error.code === 'MISSING_CHAR' ? unclosedQuoteLine(text) : undefined) ?? error.linePos?.[0].line ?? 1;
    return { ok: false, line: line + firstLine - 1, message: explainYamlError(error) };
  }

  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  // A missing top-level field points at the frontmatter's first line, the `---` above it in an MDX file.
  const topLine = Math.max(1, firstLine - 1);
  return {
    ok: true,
    data: doc.toJS() ?? {},
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = topLine;
      for (const key of path) {
        const found = childOf(node, key);
        if (!found) break;
        line = lineAt(found.start);
        node = found.node;
      }
      return line;
    },
  };
}

/** The child at `key` of a map or list node, with the offset where it is written (the key, for a map). */
function childOf(node: unknown, key: PropertyKey): { node: unknown; start: number } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
    const start = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    return pair && start !== undefined ? { node: pair.value, start } : undefined;
  }
  if (isSeq(node) && typeof key === 'number') {
    const item: unknown = node.items[key];
    const start = isNode(item) ? item.range?.[0] : undefined;
    return start !== undefined ? { node: item, start } : undefined;
  }
  return undefined;
}

/**
 * An unclosed quote swallows the rest of the file, so YAML notices it only at the end; staff need the line where
 * the quote was opened.
 */
function unclosedQuoteLine(text: string): number | undefined {
  const lineCounter = new LineCounter();
  let line: number | undefined;
  for (const token of new Parser(lineCounter.addNewLine).parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      const value = item.value;
      if (
        line !== undefined ||
        !value ||
        (value.type !== 'double-quoted-scalar' && value.type !== 'single-quoted-scalar')
      )
        return;
      const quote = value.source[0] ?? '';
      const source = value.source.trimEnd();
      if (source.length < 2 || !source.endsWith(quote) || (quote === '"' && /[^\\](\\\\)*\\"$/.test(source))) {
        line = lineCounter.linePos(value.offset).line;
      }
    });
  }
  return line;
}

/** Hints for the YAML mistakes staff make most; the rest fall back to the general advice. */
const yamlHints: Partial<Record<YAMLError['code'], string>> = {
  BLOCK_AS_IMPLICIT_KEY:
    '値の中に「: 」（コロンと空白）があると区切りと読まれます。値を "…" で囲むか、字下げ（行頭の空白）をそろえてください。',
  MULTILINE_IMPLICIT_KEY:
    '字下げ（行頭の空白）がずれているか、値の中に「: 」があります。値を "…" で囲むか、字下げをそろえてください。',
  BAD_INDENT: '字下げ（行頭の空白）がそろっていないか、[ ] や { } が閉じていません。',
  TAB_AS_INDENT: '字下げにタブが使われています。タブではなく半角の空白を使ってください。',
  DUPLICATE_KEY: '同じ項目が 2 回書かれています。どちらか 1 つにしてください。',
  MISSING_CHAR: '" や ] などの閉じる記号がありません。開いた記号を同じ行の中で閉じてください。',
  BAD_SCALAR_START: '値が「@」「`」などの記号で始まっています。値全体を "…" で囲んでください。',
  UNEXPECTED_TOKEN: '思いがけない記号があります。値を "…" で囲むか、余分な記号を消してください。',
  MULTIPLE_DOCS: '「---」の行が多すぎます。項目の始まりと終わりの 2 行だけにしてください。',
};

function explainYamlError(error: YAMLError): string {
  const hint = yamlHints[error.code] ?? '字下げ、「: 」のあとの空白、" や [ ] の閉じ忘れを確かめてください。';
  const detail = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
  return `YAML（項目）の書き方に誤りがあります。${hint}（詳しく: ${detail}）`;
}
