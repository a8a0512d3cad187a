import type { CmsField } from './fields.ts';

/** Every field's dotted name, parents before children, as Decap lists them to order keys. */
export function getFieldsNames(fields: CmsField[], prefix = ''): string[] {
  const names = fields.map((field) => `${prefix}${field.name}`);
  const nested = fields.flatMap((field, index) => {
    if (field.fields) return getFieldsNames(field.fields, `${names[index]}.`);
    if (field.field) return getFieldsNames([field.field], `${names[index]}.`);
    return [];
  });
  return [...names, ...nested];
}
