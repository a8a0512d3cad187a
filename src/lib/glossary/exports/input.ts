import type { Concept } from '../concept.ts';

/** What every export is made from. */
export interface GlossaryExportInput {
  concepts: Concept[];
  /** Absolute address of the site root, ending in `/`, e.g. `https://example.org/vet/`. */
  siteUrl: string;
  /** Day of the build, `YYYY-MM-DD`. */
  generated: string;
}

export const schemeTitle = 'VET Commons glossary';

/** The permanent address (and RDF IRI) of a concept: its English page. */
export function conceptIri(siteUrl: string, slug: string): string {
  return `${siteUrl}glossary/${slug}/`;
}

/** The IRI of the concept scheme: the glossary's index page. */
export function schemeIri(siteUrl: string): string {
  return `${siteUrl}glossary/`;
}

/** A source as one line of text, for formats without structured citations. */
export function citation(source: { publisher: string; year: number; title: string; url?: string }): string {
  return `${source.publisher} (${source.year}). ${source.title}.${source.url ? ` ${source.url}` : ''}`;
}
