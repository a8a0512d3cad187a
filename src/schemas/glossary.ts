import { z } from 'astro/zod';
import { entrySchema } from './entry.ts';
import { defaultLocale, translatedLocales } from '../i18n/locales.ts';
import { countryCode } from './country-code.ts';
import { isoDate } from './date.ts';
import { reference } from './reference.ts';
import { sourceSchema } from './source.ts';
import { optionalText, text } from './text.ts';

/** Subject domains of the glossary. Extend the list to add a domain. */
export const glossaryDomains = ['vet-systems', 'mobility', 'validation-recognition', 'labour-market'] as const;
export type GlossaryDomain = (typeof glossaryDomains)[number];

/** Kinds of term, as in TBX-Basic's `termType`. */
export const termTypes = ['full-form', 'abbreviation', 'synonym', 'variant'] as const;
export type TermType = (typeof termTypes)[number];

/** Usage status of a term, as in TBX-Basic's `administrativeStatus`. */
export const termStatuses = ['preferred', 'admitted', 'deprecated', 'proposed'] as const;
export type TermStatus = (typeof termStatuses)[number];

/** Where an entry stands in the partnership's review. */
export const reviewStatuses = ['draft', 'in-review', 'approved'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** Who wrote a language's text: the project in that language, a reviewing partner, or a machine-assisted translation nobody has reviewed. */
export const provenances = ['authored', 'partner-reviewed', 'machine-assisted'] as const;
export type Provenance = (typeof provenances)[number];

/** One term for the concept in one language. */
export const termSchema = z.strictObject({
  /** The term as it is written, e.g. `apprenticeship` or `ECVET`. */
  term: text().meta({ title: 'Term' }),
  /** Full form, abbreviation, synonym or variant. */
  type: z.enum(termTypes).meta({ title: 'Type' }),
  /** Preferred, admitted, deprecated or proposed. */
  status: z.enum(termStatuses).meta({ title: 'Status' }),
  /** Countries where this term is the usage (ISO codes); empty when it is used wherever the language is. */
  countries: z.array(countryCode()).optional().meta({ title: 'Used in countries', description: 'Two-letter country codes, only if the term is specific to some countries.' }),
});

export type Term = z.infer<typeof termSchema>;

/** What the glossary holds for one language: its terms and, where written, its definition. */
const languageFields = {
  /** Terms in this language; exactly one is preferred. */
  terms: z.array(termSchema).min(1, 'needs at least one term').meta({ title: 'Terms', i18n: true }),
  /** The definition in this language. */
  definition: optionalText().meta({ title: 'Definition', widget: 'text', i18n: true }),
  /** The source the definition rests on. */
  definition_source: sourceSchema.optional().meta({ title: 'Source of the definition', i18n: true }),
  /** A note on use, scope or differences between countries. */
  note: optionalText().meta({ title: 'Note', widget: 'text', i18n: true }),
  /** A sentence that uses the term. */
  example: optionalText().meta({ title: 'Example of use', widget: 'text', i18n: true }),
  /** Who wrote this language's text. */
  provenance: z.enum(provenances).meta({ title: 'Provenance', i18n: true, description: 'Mark machine-assisted text until a partner has reviewed it.' }),
  /** The partner organisation that reviewed this language, if one did. */
  reviewed_by: reference('organisations').optional().meta({ title: 'Reviewed by', i18n: true }),
};

/** Fields shared by all languages; the CMS keeps them with the default locale. */
const conceptFields = {
  /** A short English name for the concept: its identifier in the CMS, from which a new entry's permanent address is made. */
  title: text().meta({ title: 'Concept name (English)', description: 'Usually the English preferred term. It makes the address of a new entry, which never changes afterwards.' }),
  /** Subject domains the concept belongs to. */
  domains: z.array(z.enum(glossaryDomains)).min(1, 'needs at least one domain').meta({ title: 'Domains' }),
  /** Concepts that are related but neither broader nor narrower. */
  related: z.array(reference('glossary')).optional().meta({ title: 'Related concepts' }),
  /** Concepts this one is a kind or part of; narrower concepts are derived from these. */
  broader: z.array(reference('glossary')).optional().meta({ title: 'Broader concepts' }),
  /** How the concept appears in a partner country's VET system. */
  country_notes: z
    .array(
      z.strictObject({
        /** The partner country. */
        country: reference('countries').meta({ title: 'Country' }),
        /** The note, in English. */
        note: text().meta({ title: 'Note', widget: 'text' }),
        /** The source of the note. */
        source: sourceSchema.meta({ title: 'Source' }),
      }),
    )
    .optional()
    .meta({ title: 'Country notes' }),
  /** Where the entry stands in review. */
  review_status: z.enum(reviewStatuses).meta({ title: 'Review status' }),
  /** When the entry was last checked as a whole. */
  last_reviewed: isoDate().meta({ title: 'Last reviewed' }),
};

// Every shared field but the title, which English puts first.
const { title: _title, ...sharedConceptFields } = conceptFields;

function exactlyOnePreferred(block: { terms: Term[] }, ctx: z.RefinementCtx) {
  const preferred = block.terms.filter((term) => term.status === 'preferred').length;
  if (preferred !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['terms'],
      message: `needs exactly one preferred term, found ${preferred}`,
      input: block.terms,
    });
  }
}

/** A language other than English: terms required, everything else optional. */
export const glossaryLanguageSchema = z.strictObject(languageFields).superRefine(exactlyOnePreferred);

/** English: the shared fields plus terms, a definition and its source. */
export const glossaryDefaultLanguageSchema = z
  .strictObject({
    title: conceptFields.title,
    ...languageFields,
    ...sharedConceptFields,
    // Override in place: the key order (title, terms, definition, ...) stays as declared first.
    definition: text().meta({ title: 'Definition', widget: 'text', i18n: true }),
    definition_source: sourceSchema.meta({ title: 'Source of the definition', i18n: true }),
  })
  .superRefine(exactlyOnePreferred);

/**
 * A glossary concept file, `content/glossary/<slug>.yaml`: one block per
 * language, keyed by locale code (Decap's `single_file` i18n structure). The
 * file name is the concept's permanent id and URL. A language the CMS wrote
 * as an empty block (`it: {}`) has no translation yet.
 */
export const glossarySchema = entrySchema({
  [defaultLocale]: glossaryDefaultLanguageSchema,
  ...Object.fromEntries(translatedLocales.map((locale) => [locale, glossaryLanguageSchema.optional()])),
}) as unknown as z.ZodType<GlossaryFile>;

export type GlossaryLanguage = z.infer<typeof glossaryLanguageSchema>;
export type GlossaryDefaultLanguage = z.infer<typeof glossaryDefaultLanguageSchema>;
export type GlossaryFile = { en: GlossaryDefaultLanguage } & Partial<
  Record<(typeof translatedLocales)[number], GlossaryLanguage>
>;
