import { conceptIri, schemeIri, schemeTitle, citation, type GlossaryExportInput } from './input.ts';
import type { ConceptLanguage } from '../concept.ts';

const context = {
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  ConceptScheme: 'skos:ConceptScheme',
  Concept: 'skos:Concept',
  title: { '@id': 'dct:title', '@container': '@language' },
  modified: { '@id': 'dct:modified', '@type': 'xsd:date' },
  inScheme: { '@id': 'skos:inScheme', '@type': '@id' },
  topConceptOf: { '@id': 'skos:topConceptOf', '@type': '@id' },
  broader: { '@id': 'skos:broader', '@type': '@id' },
  narrower: { '@id': 'skos:narrower', '@type': '@id' },
  related: { '@id': 'skos:related', '@type': '@id' },
  prefLabel: { '@id': 'skos:prefLabel', '@container': '@language' },
  altLabel: { '@id': 'skos:altLabel', '@container': '@language' },
  hiddenLabel: { '@id': 'skos:hiddenLabel', '@container': '@language' },
  definition: { '@id': 'skos:definition', '@container': '@language' },
  scopeNote: { '@id': 'skos:scopeNote', '@container': '@language' },
  example: { '@id': 'skos:example', '@container': '@language' },
  source: { '@id': 'dct:source', '@container': '@language' },
};

type LanguageMap = Record<string, string[]>;

function languageMap(languages: ConceptLanguage[], values: (language: ConceptLanguage) => Array<string | undefined>): LanguageMap | undefined {
  const entries = languages.map((language) => [language.locale, values(language).filter((value): value is string => Boolean(value))] as const).filter(([, list]) => list.length > 0);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * The same SKOS statements as the Turtle export, as JSON-LD with a context, so
 * that web developers can read it as plain JSON keyed by language.
 */
export function glossaryToJsonLd({ concepts, siteUrl, generated }: GlossaryExportInput): string {
  const scheme = schemeIri(siteUrl);
  const terms = (language: ConceptLanguage, kind: 'prefLabel' | 'altLabel' | 'hiddenLabel') =>
    language.terms.filter((term) => (term.status === 'preferred' ? 'prefLabel' : term.status === 'deprecated' ? 'hiddenLabel' : 'altLabel') === kind).map((term) => term.term);
  const graph = [
    { '@id': scheme, '@type': 'ConceptScheme', title: { en: schemeTitle }, modified: generated },
    ...concepts.map((concept) => ({
      '@id': conceptIri(siteUrl, concept.slug),
      '@type': 'Concept',
      inScheme: scheme,
      ...(concept.broader.length === 0 && { topConceptOf: scheme }),
      ...(concept.broader.length > 0 && { broader: concept.broader.map((slug) => conceptIri(siteUrl, slug)) }),
      ...(concept.narrower.length > 0 && { narrower: concept.narrower.map((slug) => conceptIri(siteUrl, slug)) }),
      ...(concept.related.length > 0 && { related: concept.related.map((slug) => conceptIri(siteUrl, slug)) }),
      prefLabel: languageMap(concept.languages, (language) => terms(language, 'prefLabel')),
      altLabel: languageMap(concept.languages, (language) => terms(language, 'altLabel')),
      hiddenLabel: languageMap(concept.languages, (language) => terms(language, 'hiddenLabel')),
      definition: languageMap(concept.languages, (language) => [language.definition]),
      scopeNote: languageMap(concept.languages, (language) => [language.note]),
      example: languageMap(concept.languages, (language) => [language.example]),
      source: languageMap(concept.languages, (language) => [language.source && citation(language.source)]),
    })),
  ];
  return `${JSON.stringify({ '@context': context, '@graph': graph }, null, 2)}\n`;
}
