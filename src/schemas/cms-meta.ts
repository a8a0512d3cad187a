import type { CollectionName } from './collection-names.ts';

/**
 * What the schemas tell the CMS beyond a field's type. Attached with zod's
 * `.meta()`, read by the CMS config generator, so the CMS never needs a field
 * list of its own.
 */
declare module 'zod/v4/core' {
  interface GlobalMeta {
    /** A widget when the type alone does not decide it (long text, Markdown, date). */
    widget?: 'text' | 'markdown' | 'date';
    /** The collection whose entry id this string holds. */
    references?: CollectionName;
    /** The value is the key of a source in the same entry's `sources`. */
    citesSource?: boolean;
    /** How the field behaves across the glossary's languages (Decap's `i18n`). */
    i18n?: boolean | 'duplicate';
    /** Labels for the values of an enum, in the order of its options. */
    optionLabels?: Record<string, string>;
  }
}

export {};
