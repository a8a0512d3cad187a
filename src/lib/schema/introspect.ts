import type { z } from 'astro/zod';
import type { GlobalMeta } from 'zod/v4/core';

/** A schema with its wrappers (optional, default, transform) peeled off. */
export interface FieldShape {
  /** The innermost schema that says what the value is. */
  schema: z.ZodType;
  /** zod's name for its kind: `string`, `number`, `object`, `array`, `enum`, `boolean`, `union`... */
  kind: string;
  /** Whether the field may be left out. */
  optional: boolean;
  /** Metadata from every layer, the outermost winning. */
  meta: GlobalMeta;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  checks?: Array<{ _zod: { def: { check: string; minimum?: number; maximum?: number; length?: number } } }>;
};

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Peels optional, default, nullable and transform layers, merging their metadata. */
export function fieldShape(schema: z.ZodType): FieldShape {
  let current = schema;
  let optional = false;
  const layers: GlobalMeta[] = [];
  for (;;) {
    layers.push(current.meta() ?? {});
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') {
      optional = true;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      // A transform says what the file holds on its input side; a preprocess
      // (a transform before the schema) on its output side.
      current = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
    } else {
      break;
    }
  }
  const meta = Object.assign({}, ...layers.reverse()) as GlobalMeta;
  return { schema: current, kind: defOf(current).type, optional, meta };
}

/** Fields of an object schema, in declaration order. */
export function objectFields(schema: z.ZodType): Array<[string, z.ZodType]> {
  const shape = defOf(fieldShape(schema).schema).shape;
  if (!shape) throw new Error(`expected an object schema, got ${defOf(schema).type}`);
  return Object.entries(shape);
}

/** The item schema of an array schema. */
export function arrayElement(schema: z.ZodType): z.ZodType {
  const element = defOf(schema).element;
  if (!element) throw new Error(`expected an array schema, got ${defOf(schema).type}`);
  return element;
}

/** The allowed values of an enum schema. */
export function enumValues(schema: z.ZodType): string[] {
  return Object.values(defOf(schema).entries ?? {});
}

/** Length bounds set with `.min()`, `.max()` or `.length()` on an array or string. */
export function lengthBounds(schema: z.ZodType): { min?: number; max?: number } {
  const bounds: { min?: number; max?: number } = {};
  for (const check of defOf(schema).checks ?? []) {
    const def = check._zod.def;
    if (def.check === 'min_length') bounds.min = def.minimum;
    if (def.check === 'max_length') bounds.max = def.maximum;
    if (def.check === 'length_equals') bounds.min = bounds.max = def.length;
  }
  return bounds;
}
