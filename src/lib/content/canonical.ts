import Immutable from 'immutable';
import YAML from 'yaml1';
import { localeCodes } from '../../i18n/locales.ts';
import type { Pair, YAMLMap } from 'yaml1/types';
import { getFieldsNames } from '../cms/field-names.ts';
import { collectionFields } from '../cms/config.ts';
import type { CollectionDefinition } from '../../schemas/collections.ts';

/**
 * Content files are written exactly as Decap CMS writes them, so that opening
 * and saving an entry in the CMS never changes bytes the editor did not
 * change. Decap serialises with `yaml` 1.x (hence the `yaml1` dependency),
 * puts top-level keys in the order of the collection's fields, and wraps
 * Markdown in frontmatter the way gray-matter does.
 */
function decapYaml(data: Record<string, unknown>, fieldOrder: string[]): string {
  const contents = YAML.createNode(data) as YAMLMap;
  // Decap's comparator: keys it does not know keep their place.
  contents.items.sort((a: Pair, b: Pair) => {
    const indexA = fieldOrder.indexOf(String(a.key));
    const indexB = fieldOrder.indexOf(String(b.key));
    if (indexA === -1 || indexB === -1) return 0;
    return indexA - indexB;
  });
  const document = new YAML.Document();
  document.contents = contents;
  return document.toString();
}

/**
 * Data in the key order the CMS holds it in: Decap keeps entries as
 * Immutable.js maps, which iterate in insertion order up to eight keys and in
 * hash order beyond, and it writes them in that order below the top level.
 */
function asDecapHoldsIt(data: Record<string, unknown>): Record<string, unknown> {
  return Immutable.fromJS(data).toJS() as Record<string, unknown>;
}

/**
 * A glossary file as the CMS writes it: a key for every language, in the order
 * an Immutable.js map of the languages iterates, `null` where a language has
 * nothing.
 */
function byLanguage(data: Record<string, unknown>): Record<string, unknown> {
  const languages = localeCodes.reduce((map, locale) => map.set(locale, data[locale] ?? null), Immutable.Map<string, unknown>());
  return asDecapHoldsIt(languages.toObject());
}

/** The file an entry's data (and Markdown body) makes, byte for byte as the CMS would save it. */
export function canonicalFile(collection: CollectionDefinition, data: Record<string, unknown>, body?: string): string {
  const order = getFieldsNames(collectionFields(collection.name));
  if (collection.name === 'glossary') return decapYaml(byLanguage(data), order);
  if (collection.format === 'yaml') return decapYaml(asDecapHoldsIt(data), order);
  const text = body ?? '';
  const frontmatter = decapYaml(asDecapHoldsIt(data), order).trim();
  const file = `---\n${frontmatter}\n---\n${text.endsWith('\n') ? text : `${text}\n`}`;
  return text.endsWith('\n') ? file : file.slice(0, -1);
}
