import { getCollection } from 'astro:content';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { buildConcepts, hasDefinition, type Concept } from '../lib/glossary/concept.ts';
import { createTermMatcher, type TermMatcher } from '../lib/glossary/term-matcher.ts';
import { localizedPath, routes, withBase } from '../lib/routes.ts';

let concepts: Promise<Concept[]> | undefined;

/** All glossary concepts, sorted by slug; built once per build. */
export function getConcepts(): Promise<Concept[]> {
  concepts ??= getCollection('glossary').then((entries) => buildConcepts(entries));
  return concepts;
}

export async function getConceptMap(): Promise<Map<string, Concept>> {
  return new Map((await getConcepts()).map((concept) => [concept.slug, concept]));
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
