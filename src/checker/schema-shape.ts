import { z } from 'astro/zod';
import type { FieldPath } from '../lib/problem.ts';

type Schema = z.core.$ZodType;

/**
 * Looks through the wrappers zod puts around a field (optional, default, prefault, preprocess, transform) to the schema
 * that says what staff write.
 */
export function unwrapSchema(schema: Schema): Schema {
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodNullable
  ) {
    return unwrapSchema(schema.unwrap());
  }
  if (schema instanceof z.ZodPipe) {
    // preprocess() puts the transform first; transform() puts it last. Either way the other side is the field.
    return unwrapSchema(schema.in instanceof z.ZodTransform ? schema.out : schema.in);
  }
  return schema;
}

/** The fields of the object found at `path` inside `schema` (list indexes step into the list's items). */
export function objectShapeAt(schema: Schema, path: FieldPath): Record<string, Schema> | undefined {
  let current = unwrapSchema(schema);
  for (const key of path) {
    const next =
      current instanceof z.ZodObject && typeof key === 'string'
        ? Object.hasOwn(current.shape, key)
          ? current.shape[key]
          : undefined
        : current instanceof z.ZodArray && typeof key === 'number'
          ? current.element
          : undefined;
    if (!next) return undefined;
    current = unwrapSchema(next);
  }
  return current instanceof z.ZodObject ? current.shape : undefined;
}
