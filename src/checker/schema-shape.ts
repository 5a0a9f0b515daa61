import { z } from 'astro/zod';
import type { FieldPath } from '../lib/problem.ts';

/**
 * Looks through the wrappers zod puts around a field (optional, default, preprocess, transform) to the schema
 * that says what staff write.
 */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return unwrapSchema(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodPipe) {
    // preprocess() puts the transform first; transform() puts it last. Either way the other side is the field.
    return unwrapSchema((schema.in instanceof z.ZodTransform ? schema.out : schema.in) as z.ZodType);
  }
  return schema;
}

/** The fields of the object found at `path` inside `schema` (list indexes step into the list's items). */
export function objectShapeAt(schema: z.ZodType, path: FieldPath): Record<string, z.ZodType> | undefined {
  let current = unwrapSchema(schema);
  for (const key of path) {
    if (current instanceof z.ZodObject && typeof key === 'string' && key in current.shape) {
      current = unwrapSchema(current.shape[key] as z.ZodType);
    } else if (current instanceof z.ZodArray && typeof key === 'number') {
      current = unwrapSchema(current.element as z.ZodType);
    } else {
      return undefined;
    }
  }
  return current instanceof z.ZodObject ? (current.shape as Record<string, z.ZodType>) : undefined;
}
