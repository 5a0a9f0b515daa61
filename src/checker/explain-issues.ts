import { type z } from 'astro/zod';
import { closestName } from '../lib/closest.ts';
import type { LineOf } from './frontmatter.ts';
import { objectShapeAt } from './schema-shape.ts';
import { fieldName, type FieldPath, type Problem } from '../lib/problem.ts';

/** The file being validated and how to find its lines. */
export interface Where {
  file: string;
  lineOf: LineOf;
}

/** The result of validating one file's data against its schema. */
export type Validated<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/**
 * Validates data against a content schema and, when it fails, says every problem in plain Japanese at the line
 * it was written on. Messages written in the schemas win; the defaults below cover what they leave unsaid.
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown, where: Where): Validated<z.infer<S>> {
  const result = schema.safeParse(data, { error: defaultMessage });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => explainIssue(issue, schema, data, where)) };
}

/**
 * Turns one zod issue about `data` into problems; an unknown-field issue becomes one problem per unknown field.
 */
function explainIssue(issue: z.core.$ZodIssue, schema: z.ZodType, data: unknown, where: Where): Problem[] {
  const at = (path: FieldPath, message: string): Problem => ({
    file: where.file,
    line: where.lineOf(path),
    ...(path.length > 0 ? { field: fieldName(path) } : {}),
    message,
    severity: 'error',
  });

  if (issue.code === 'unrecognized_keys') {
    const allowed = Object.keys(objectShapeAt(schema, issue.path) ?? {});
    return issue.keys.map((key) => at([...issue.path, key], unknownFieldMessage(key, allowed)));
  }
  if (issue.path.length === 0 && issue.code === 'invalid_type') {
    return [at([], '項目を「name: 値」のように 1 行に 1 つずつ書いてください。')];
  }
  // A field's own type or choice check also fails when the field is not written at all; say that instead.
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && isMissing(data, issue.path)) {
    const choices = issue.code === 'invalid_value' ? issue.message : '';
    return [at(issue.path, missingFieldMessage(issue.path) + choices)];
  }
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === null) {
    return [at(issue.path, `値が空です。${issue.message}`)];
  }
  return [at(issue.path, issue.message)];
}

function valueAt(data: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>((value, key) => (isRecord(value) ? value[key as string] : undefined), data);
}

function isMissing(data: unknown, path: FieldPath): boolean {
  const parent = valueAt(data, path.slice(0, -1));
  return isRecord(parent) && !Object.hasOwn(parent, path.at(-1) as string);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function missingFieldMessage(path: FieldPath): string {
  const key = String(path.at(-1));
  const parent = path.slice(0, -1);
  if (parent.length === 0) return `「${key}」がありません。「${key}: …」の行を書き足してください。`;
  return `「${key}」がありません。「${fieldName(parent)}」の下に、字下げして「${key}: …」の行を書き足してください。`;
}

function unknownFieldMessage(key: string, allowed: string[]): string {
  const meant = closestName(key, allowed);
  if (meant) return `「${key}」という項目はありません。「${meant}」のまちがいではありませんか？ 名前を直してください。`;
  return `「${key}」という項目はありません。使える項目は ${allowed.join(', ')} です。名前を直すか、この行を消してください。`;
}

const expectedText: Record<string, string> = {
  number: '数字で書いてください（例: 12）。',
  boolean: 'true か false を書いてください。',
  string: '文字で書いてください。',
  array: '「- 」で始まる行を並べたリストで書いてください。',
  object: '次の行から字下げして、「名前: 値」の項目を並べて書いてください。',
};

/** Japanese wording for the issues a schema gives no message of its own. */
function defaultMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return expectedText[issue.expected] ?? '書き方が正しくありません。';
    case 'invalid_value':
      return `${issue.values.map((value) => `「${String(value)}」`).join('、')}のどれかを書いてください。`;
    case 'too_small':
      return issue.origin === 'array'
        ? `少なくとも ${String(issue.minimum)} つ書いてください。`
        : issue.origin === 'string'
          ? `${String(issue.minimum)} 文字以上にしてください。`
          : `${String(issue.minimum)} 以上にしてください。`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${String(issue.maximum)} つまでにしてください。`
        : issue.origin === 'string'
          ? `${String(issue.maximum)} 文字以内にしてください。`
          : `${String(issue.maximum)} 以下にしてください。`;
    default:
      return '書き方が正しくありません。docs/content-guide.md の例と見比べてください。';
  }
}
