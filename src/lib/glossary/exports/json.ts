import { conceptIri, schemeIri, schemeTitle, type GlossaryExportInput } from './input.ts';

/** The glossary as JSON: every field of every concept, keyed by language. */
export function glossaryToJson({ concepts, siteUrl, generated }: GlossaryExportInput): string {
  const document = {
    title: schemeTitle,
    url: schemeIri(siteUrl),
    generated,
    concepts: concepts.map((concept) => ({
      id: concept.slug,
      url: conceptIri(siteUrl, concept.slug),
      domains: concept.domains,
      reviewStatus: concept.reviewStatus,
      lastReviewed: concept.lastReviewed,
      broader: concept.broader,
      narrower: concept.narrower,
      related: concept.related,
      countryNotes: concept.countryNotes,
      languages: Object.fromEntries(
        concept.languages.map((language) => [
          language.locale,
          {
            terms: language.terms,
            definition: language.definition,
            definitionSource: language.source,
            note: language.note,
            example: language.example,
            provenance: language.provenance,
            reviewedBy: language.reviewedBy,
          },
        ]),
      ),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
