import { defaultLocale, localeCodes, type Locale } from '../../i18n/locales.ts';
import type {
  GlossaryDomain,
  GlossaryFile,
  GlossaryLanguage,
  Provenance,
  ReviewStatus,
  Term,
} from '../../schemas/glossary.ts';
import type { Source } from '../../schemas/source.ts';
import { segmenter } from '../format.ts';

/** A concept's text in one language. */
export interface ConceptLanguage {
  locale: Locale;
  terms: Term[];
  definition?: string;
  source?: Source;
  note?: string;
  example?: string;
  provenance: Provenance;
  reviewedBy?: string;
}

/** A country note: how the concept shows in one partner country. */
export interface CountryNote {
  country: string;
  note: string;
  source: Source;
}

/** A glossary concept as the site uses it, with its narrower concepts derived. */
export interface Concept {
  slug: string;
  domains: GlossaryDomain[];
  related: string[];
  broader: string[];
  narrower: string[];
  countryNotes: CountryNote[];
  reviewStatus: ReviewStatus;
  lastReviewed: string;
  /** Languages that have at least a term, in locale order. */
  languages: ConceptLanguage[];
}

function toLanguage(locale: Locale, block: GlossaryLanguage): ConceptLanguage {
  return {
    locale,
    terms: block.terms,
    definition: block.definition,
    source: block.definition_source,
    note: block.note,
    example: block.example,
    provenance: block.provenance,
    reviewedBy: block.reviewed_by,
  };
}

/**
 * Turns concept files into concepts, sorted by slug. Narrower concepts are the
 * inverse of broader ones, so the two can never disagree.
 */
export function buildConcepts(entries: Array<{ id: string; data: GlossaryFile }>): Concept[] {
  const narrower = new Map<string, string[]>();
  for (const { id, data } of entries) {
    for (const parent of data.en.broader ?? []) narrower.set(parent, [...(narrower.get(parent) ?? []), id]);
  }
  return entries
    .map(({ id, data }) => ({
      slug: id,
      domains: data.en.domains,
      related: data.en.related ?? [],
      broader: data.en.broader ?? [],
      narrower: (narrower.get(id) ?? []).sort(),
      countryNotes: data.en.country_notes ?? [],
      reviewStatus: data.en.review_status,
      lastReviewed: data.en.last_reviewed,
      languages: localeCodes.flatMap((locale) => {
        const block = data[locale as keyof GlossaryFile] as GlossaryLanguage | undefined;
        return block ? [toLanguage(locale, block)] : [];
      }),
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The concept's text in a language, if it has any. */
export function languageOf(concept: Concept, locale: Locale): ConceptLanguage | undefined {
  return concept.languages.find((language) => language.locale === locale);
}

/** The preferred term in a language. */
export function preferredTerm(concept: Concept, locale: Locale): string | undefined {
  return languageOf(concept, locale)?.terms.find((term) => term.status === 'preferred')?.term;
}

/** The name to show for a concept, and its language: the preferred term in the locale, else the English one. */
export function conceptLabel(concept: Concept, locale: Locale): { text: string; lang: Locale } {
  const own = preferredTerm(concept, locale);
  return own ? { text: own, lang: locale } : { text: preferredTerm(concept, defaultLocale)!, lang: defaultLocale };
}

/** Whether the concept has a definition in the locale, and so a page of its own there. */
export function hasDefinition(concept: Concept, locale: Locale): boolean {
  return Boolean(languageOf(concept, locale)?.definition);
}

/** The language of a concept's definition shown in a locale: the locale's own, else English. */
export function definitionLanguage(concept: Concept, locale: Locale): ConceptLanguage {
  const own = languageOf(concept, locale);
  return own?.definition ? own : languageOf(concept, defaultLocale)!;
}

/**
 * The first sentence of a definition, for previews. Sentence boundaries come
 * from `Intl.Segmenter`, which knows each language's punctuation.
 */
export function shortDefinition(definition: string, locale: string): string {
  const first = segmenter(locale, 'sentence').segment(definition)[Symbol.iterator]().next().value?.segment.trim() ?? definition;
  return first.length <= 240 ? first : `${first.slice(0, 237).trimEnd()}…`;
}
