import { z } from 'astro/zod';

/** Whether a value carries nothing: an empty string, list or object, or null. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && !(value instanceof Date) && Object.keys(value).length === 0;
}

/**
 * Removes values that carry nothing, at every depth. The CMS writes `''`, `[]`
 * or `{}` for fields an editor touched and left empty, and for the hidden
 * copies of shared fields in each language of the glossary: all of them mean
 * "not filled in", so none of them is an error, and nothing with content is
 * ever dropped.
 */
export function withoutEmptyValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyValues);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  const kept = Object.entries(value).map(([key, child]) => [key, withoutEmptyValues(child)] as const);
  return Object.fromEntries(kept.filter(([, child]) => !isEmpty(child)));
}

/** The schema of a whole content file: strict (unknown fields are errors), empty values read as absent. */
export function entrySchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.preprocess(withoutEmptyValues, z.strictObject(shape));
}
