import type { z } from 'astro/zod';
import type { GlobalMeta } from 'zod/v4/core';
import { collectionDefinition } from '../../schemas/collections.ts';
import { arrayElement, enumValues, fieldShape, lengthBounds, objectFields, type FieldShape } from '../schema/introspect.ts';

/** A Decap CMS field, as written in `config.yml`. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  i18n?: boolean | 'duplicate';
  fields?: CmsField[];
  field?: CmsField;
  options?: Array<{ label: string; value: string }>;
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  pattern?: [string, string];
  summary?: string;
  collapsed?: boolean;
  [key: string]: unknown;
}

/** `last_reviewed` to "Last reviewed". */
export function labelFromName(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function optionLabel(value: string, meta: GlobalMeta): string {
  return meta.optionLabels?.[value] ?? labelFromName(value.replace(/-/g, ' '));
}

/** The relation widget for a field holding the id of an entry in another collection. */
function relation(collection: string, multiple: boolean): Partial<CmsField> {
  const target = collectionDefinition(collection as never);
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [target.identifierField],
    display_fields: [target.identifierField],
    ...(multiple && { multiple: true }),
  };
}

type StringCheck = { _zod: { def: { check: string; pattern?: RegExp; error?: (issue: unknown) => unknown } } };

/** A pattern the CMS checks before saving, with the schema's own message, for URLs and regex-checked strings. */
function regexPattern(shape: FieldShape): [string, string] | undefined {
  const def = (shape.schema as unknown as { _zod: { def: { format?: string; checks?: StringCheck[] } } })._zod.def;
  if (def.format === 'url') return ['^https?://', 'Must be a full address starting with http:// or https://'];
  const check = def.checks?.find((candidate) => candidate._zod.def.check === 'string_format' && candidate._zod.def.pattern);
  if (!check) return undefined;
  const message = check._zod.def.error?.({});
  return [check._zod.def.pattern!.source, typeof message === 'string' ? `The value ${message}` : 'The value has the wrong form'];
}

/**
 * The CMS field for one schema field. Widget, label, hint, whether it is
 * required, its options and its relation target all come from the schema, so
 * the CMS cannot drift from what the build accepts.
 */
export function cmsField(name: string, schema: z.ZodType): CmsField {
  const shape = fieldShape(schema);
  const { meta } = shape;
  const base: CmsField = {
    name,
    label: meta.title ?? labelFromName(name),
    widget: 'string',
    required: !shape.optional,
    ...(meta.description && { hint: meta.description }),
    ...(meta.i18n !== undefined && { i18n: meta.i18n }),
  };
  if (meta.references) return { ...base, ...relation(meta.references, false) };
  if (meta.widget === 'date') return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  switch (shape.kind) {
    case 'string': {
      const pattern = regexPattern(shape);
      return { ...base, widget: meta.widget ?? 'string', ...(pattern && { pattern }) };
    }
    case 'number': {
      const integer = (shape.schema as unknown as { _zod: { def: { format?: string } } })._zod.def.format?.includes('int');
      return { ...base, widget: 'number', value_type: integer ? 'int' : 'float' };
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'enum':
      return { ...base, widget: 'select', options: enumValues(shape.schema).map((value) => ({ label: optionLabel(value, meta), value })) };
    case 'object': {
      const fields = objectFields(shape.schema).map(([key, child]) => cmsField(key, child));
      if (!shape.optional) return { ...base, widget: 'object', collapsed: false, fields };
      // Decap checks a group's required fields even when the group itself is
      // optional and empty. The fields become optional there, and the group
      // (see public/admin/cms-setup.js) accepts being empty or complete.
      const requiredWhenFilled = fields.filter((field) => field.required).map((field) => field.name);
      return { ...base, widget: 'object', collapsed: false, fields: fields.map((field) => ({ ...field, required: false })), required_when_filled: requiredWhenFilled };
    }
    case 'array':
      return { ...base, ...arrayField(shape) };
    default:
      throw new Error(`No CMS widget for the ${shape.kind} field "${name}"`);
  }
}

function arrayField(shape: FieldShape): Partial<CmsField> {
  const element = fieldShape(arrayElement(shape.schema));
  const { min, max } = lengthBounds(shape.schema);
  const bounds = { ...(min !== undefined && min > 0 && { min }), ...(max !== undefined && { max }) };
  if (element.meta.references) return { ...relation(element.meta.references, true), ...bounds };
  if (element.kind === 'enum') {
    return { widget: 'select', multiple: true, options: enumValues(element.schema).map((value) => ({ label: optionLabel(value, element.meta), value })), ...bounds };
  }
  if (element.kind === 'object') {
    const fields = objectFields(element.schema).map(([key, child]) => cmsField(key, child));
    return { widget: 'list', fields, summary: `{{fields.${fields[0].name}}}`, collapsed: true, ...bounds };
  }
  return { widget: 'list', field: cmsField('item', arrayElement(shape.schema)), ...bounds };
}
