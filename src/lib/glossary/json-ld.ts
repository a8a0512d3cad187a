import { defaultLocale, type Locale } from '../../i18n/locales.ts';
import { conceptIri, schemeIri, schemeTitle } from './exports/input.ts';
import { definitionLanguage, preferredTerm, type Concept } from './concept.ts';

/** schema.org `DefinedTerm` for a concept page, in its set, the glossary. */
export function definedTermJsonLd(concept: Concept, locale: Locale, siteUrl: string) {
  const shown = definitionLanguage(concept, locale);
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': conceptIri(siteUrl, concept.slug),
    name: preferredTerm(concept, shown.locale) ?? preferredTerm(concept, defaultLocale),
    inLanguage: shown.locale,
    description: shown.definition,
    termCode: concept.slug,
    alternateName: concept.languages.flatMap((language) => language.terms.filter((term) => term.status !== 'deprecated').map((term) => term.term)),
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': schemeIri(siteUrl), name: schemeTitle },
  };
}
