import { getCollection } from 'astro:content';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { azIndexItems, type IndexItem } from '../lib/glossary/az-index.ts';
import { buildConcepts, hasDefinition, type Concept } from '../lib/glossary/concept.ts';
import { translationStatus, type LanguageStatus } from '../lib/glossary/translation-status.ts';
import { createTermMatcher, type TermMatcher } from '../lib/glossary/term-matcher.ts';
import { localizedPath, routes, withBase } from '../lib/routes.ts';

let concepts: Promise<Concept[]> | undefined;
let conceptMap: Promise<Map<string, Concept>> | undefined;

/** All glossary concepts, sorted by slug; built once per build. */
export function getConcepts(): Promise<Concept[]> {
  concepts ??= getCollection('glossary').then((entries) => buildConcepts(entries));
  return concepts;
}

/** The concepts by slug; built once per build (every concept page looks itself up here). */
export function getConceptMap(): Promise<Map<string, Concept>> {
  conceptMap ??= getConcepts().then((all) => new Map(all.map((concept) => [concept.slug, concept])));
  return conceptMap;
}

/**
 * The address of a concept for a reader of `locale`: its page in that locale
 * where it has a definition there, else the English page.
 */
export function conceptHref(concept: Concept, locale: Locale): string {
  return withBase(localizedPath(routes.concept(concept.slug), hasDefinition(concept, locale) ? locale : defaultLocale));
}

const matchers = new Map<string, Promise<TermMatcher>>();

/** Finds the preferred and admitted terms of a language in running text. */
export function termMatcher(language: Locale): Promise<TermMatcher> {
  if (!matchers.has(language)) {
    matchers.set(
      language,
      getConcepts().then((all) =>
        createTermMatcher(
          all.flatMap((concept) =>
            (concept.languages.find((entry) => entry.locale === language)?.terms ?? [])
              .filter((term) => term.status === 'preferred' || term.status === 'admitted')
              .map((term) => ({ term: term.term, concept: concept.slug, caseSensitive: term.type === 'abbreviation' })),
          ),
          language,
        ),
      ),
    );
  }
  return matchers.get(language)!;
}

const indexItems = new Map<Locale, Promise<IndexItem[]>>();

/** A locale's A-Z index, sorted once per build: every filter and page of the index slices it. */
export function getAzIndexItems(locale: Locale): Promise<IndexItem[]> {
  if (!indexItems.has(locale)) indexItems.set(locale, getConcepts().then((all) => azIndexItems(all, locale)));
  return indexItems.get(locale)!;
}

let translationStatuses: Promise<LanguageStatus[]> | undefined;

/** How far each language has come; the translation status page shows it in every locale. */
export function getTranslationStatus(): Promise<LanguageStatus[]> {
  translationStatuses ??= getConcepts().then(translationStatus);
  return translationStatuses;
}
