import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { unwrapSchema } from '../checker/schema-shape.ts';

/**
 * Frontmatter written from a schema and the values a template picks: each field with its Japanese description
 * (the one the editor shows on hover) as a comment above it, in the schema's order. Fields the template leaves
 * out are not written; `hints` are written as commented-out lines, for fields staff may want to add.
 */

type Schema = z.core.$ZodType;
type TemplateValue = string | number | boolean | string[] | TemplateObject | TemplateObject[];
export interface TemplateObject {
  [key: string]: TemplateValue;
}

function describe(schema: Schema): string | undefined {
  return schema instanceof z.ZodType ? (schema.description ?? describeInner(schema)) : undefined;
}

function describeInner(schema: Schema): string | undefined {
  const inner = unwrapSchema(schema);
  return inner !== schema && inner instanceof z.ZodType ? inner.description : undefined;
}

/** The object shape of a field, of a list's items, or of the option of a choice that the value picks. */
function shapeOf(schema: Schema, value: TemplateObject): Record<string, Schema> {
  const inner = unwrapSchema(schema);
  if (inner instanceof z.ZodArray) return shapeOf(inner.element, value);
  if (inner instanceof z.ZodDiscriminatedUnion) {
    const option = inner.options.find((candidate) => {
      const shape = candidate instanceof z.ZodObject ? candidate.shape : {};
      const kind = Object.entries(value).find(([key]) => key === 'kind' || key === 'method');
      return kind !== undefined && shape[kind[0]] instanceof z.ZodLiteral && shape[kind[0]].value === kind[1];
    });
    return option ? shapeOf(option, value) : {};
  }
  return inner instanceof z.ZodObject ? inner.shape : {};
}

/** File names stay on one line (`[patient, family]`); sentences get a line each, as staff write them. */
function scalar(value: string | number | boolean | string[], indent: string): string {
  if (!Array.isArray(value)) return stringify(value).trimEnd();
  if (value.every((item) => /^[a-z0-9-]+$/.test(item))) return `[${value.join(', ')}]`;
  return value.map((item) => `\n${indent}  - ${stringify(item).trimEnd()}`).join('');
}

const isObject = (value: TemplateValue): value is TemplateObject => typeof value === 'object' && !Array.isArray(value);
const isObjectList = (value: TemplateValue): value is TemplateObject[] =>
  Array.isArray(value) && value.some((item) => typeof item === 'object');

/** A field staff may add, written commented out with an example value. */
export type TemplateHints = Record<string, string | number | boolean | string[]>;

export function yamlFromSchema(
  shape: Record<string, Schema>,
  values: TemplateObject,
  hints: TemplateHints = {},
  indent = '',
): string[] {
  const lines: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const value = values[key];
    const hint = hints[key];
    const description = describe(field);
    if (value === undefined && hint === undefined) continue;
    if (description) lines.push(`${indent}# ${description}`);
    if (value === undefined) {
      if (hint !== undefined) lines.push(`${indent}# ${key}: ${scalar(hint, `${indent}# `)}`);
      continue;
    }
    if (isObjectList(value)) {
      lines.push(`${indent}${key}:`);
      for (const item of value) {
        const [first = '', ...rest] = yamlFromSchema(shapeOf(field, item), item, {}, `${indent}    `).filter(
          (line) => !line.trimStart().startsWith('#'),
        );
        lines.push(`${indent}  - ${first.trimStart()}`, ...rest);
      }
    } else if (isObject(value)) {
      lines.push(`${indent}${key}:`, ...yamlFromSchema(shapeOf(field, value), value, {}, `${indent}  `));
    } else {
      lines.push(`${indent}${key}: ${scalar(value, indent)}`.replace(/: \n/, ':\n'));
    }
  }
  return lines;
}
