import type { z } from 'astro/zod';
import type { GlobalMeta } from 'zod/v4/core';
import { arrayElement, fieldShape, objectFields } from './introspect.ts';

/** A path into content data, as zod reports it: keys and array indexes. */
export type DataPath = Array<string | number>;

/** A value found in content data, with where it sits and the schema metadata that governs it. */
export interface FoundValue {
  path: DataPath;
  value: unknown;
  meta: GlobalMeta;
}

/**
 * Walks data alongside its schema and returns every present value whose
 * field metadata passes `select`, e.g. all references to other entries.
 */
export function findValues(schema: z.ZodType, data: unknown, select: (meta: GlobalMeta) => boolean): FoundValue[] {
  const found: FoundValue[] = [];
  const visit = (fieldSchema: z.ZodType, value: unknown, path: DataPath) => {
    if (value === undefined || value === null) return;
    const field = fieldShape(fieldSchema);
    if (select(field.meta)) found.push({ path, value, meta: field.meta });
    if (field.kind === 'object' && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of objectFields(field.schema)) {
        visit(child, (value as Record<string, unknown>)[key], [...path, key]);
      }
    } else if (field.kind === 'array' && Array.isArray(value)) {
      const element = arrayElement(field.schema);
      value.forEach((item, index) => visit(element, item, [...path, index]));
    }
  };
  visit(schema, data, []);
  return found;
}

/** `en.terms[0].term` from `['en', 'terms', 0, 'term']`. */
export function formatPath(path: DataPath): string {
  return path.reduce<string>(
    (out, segment) => (typeof segment === 'number' ? `${out}[${segment}]` : out ? `${out}.${segment}` : segment),
    '',
  );
}
