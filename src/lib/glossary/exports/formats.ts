/** The glossary's downloadable exports, all generated from the same concepts. */
export const glossaryExports = [
  { file: 'glossary.json', label: 'JSON', mediaType: 'application/json; charset=utf-8' },
  { file: 'glossary.csv', label: 'CSV (RFC 4180), one row per concept, language and term', mediaType: 'text/csv; charset=utf-8; header=present' },
  { file: 'glossary.tbx', label: 'TBX-Basic (ISO 30042:2019)', mediaType: 'application/x-tbx+xml; charset=utf-8' },
  { file: 'glossary.ttl', label: 'SKOS in Turtle', mediaType: 'text/turtle; charset=utf-8' },
  { file: 'glossary.jsonld', label: 'SKOS in JSON-LD', mediaType: 'application/ld+json; charset=utf-8' },
] as const;

export type GlossaryExportFile = (typeof glossaryExports)[number]['file'];
