import { defaultLocale, localeCodes } from '../../i18n/locales.ts';
import { collections, extensionOf } from '../../schemas/collections.ts';
import { glossaryDefaultLanguageSchema } from '../../schemas/glossary.ts';
import { objectFields } from '../schema/introspect.ts';
import type { BackendConfig } from './backend.ts';
import { collectionOptions } from './collection-options.ts';
import { cmsField, type CmsField } from './fields.ts';

export interface CmsConfigOptions {
  backend: BackendConfig;
  /** Absolute address of the site, for previews ("View on site"). */
  siteUrl: string;
  /** Folder content lives in, relative to the repository root. */
  contentFolder?: string;
}

/** The Markdown body of an entry, after its frontmatter fields. */
const bodyField: CmsField = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  required: false,
  hint: 'Markdown. Glossary terms are linked automatically. Raw HTML is cleaned when the page is built.',
};

/**
 * The fields of a collection as the CMS edits them. A glossary file holds one
 * block per language (Decap's single-file i18n), so the CMS edits the English
 * block's fields and repeats those marked `i18n` for every language.
 */
export function collectionFields(name: (typeof collections)[number]['name']): CmsField[] {
  const definition = collections.find((collection) => collection.name === name)!;
  const schema = name === 'glossary' ? glossaryDefaultLanguageSchema : definition.schema;
  const fields = objectFields(schema).map(([key, field]) => cmsField(key, field));
  return definition.format === 'markdown' ? [...fields, bodyField] : fields;
}

/**
 * Decap CMS configuration, generated from the content schemas: one
 * collection per content collection, every field with its widget, label,
 * hint, options and relation, and the editorial workflow (draft, in review,
 * ready, published) as Git branches.
 */
export function buildCmsConfig({ backend, siteUrl, contentFolder = 'content' }: CmsConfigOptions) {
  return {
    backend,
    publish_mode: 'editorial_workflow',
    site_url: siteUrl,
    display_url: siteUrl,
    logo_url: '/favicon.svg',
    media_folder: 'public/media',
    public_folder: '/media',
    locale: 'en',
    i18n: { structure: 'single_file', locales: [...localeCodes], default_locale: defaultLocale },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: collections.map((definition) => {
      const options = collectionOptions[definition.name];
      return {
        name: definition.name,
        label: definition.label,
        label_singular: definition.labelSingular,
        description: options.description,
        folder: `${contentFolder}/${definition.name}`,
        extension: extensionOf(definition.format),
        format: definition.format === 'yaml' ? 'yml' : 'frontmatter',
        create: true,
        identifier_field: definition.identifierField,
        slug: options.slug,
        ...(options.path && { path: options.path }),
        summary: options.summary,
        sortable_fields: options.sortable_fields,
        ...(options.view_filters && { view_filters: options.view_filters }),
        ...(options.view_groups && { view_groups: options.view_groups }),
        preview_path: options.preview_path,
        ...(definition.name === 'glossary' && { i18n: true }),
        fields: collectionFields(definition.name),
      };
    }),
  };
}
