import { DataFactory, Writer, type Quad } from 'n3';
import { citation, conceptIri, schemeIri, schemeTitle, type GlossaryExportInput } from './input.ts';

const { namedNode, literal, quad } = DataFactory;
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const skos = (name: string) => namedNode(`${SKOS}${name}`);
const dct = (name: string) => namedNode(`${DCT}${name}`);

/**
 * The glossary as SKOS statements: a ConceptScheme, and per concept one
 * prefLabel per language (the preferred term), altLabels for admitted terms,
 * hiddenLabels for deprecated ones, definitions, notes, examples, broader,
 * narrower and related links. Concept IRIs are their permanent pages.
 */
export function glossaryQuads({ concepts, siteUrl, generated }: GlossaryExportInput): Quad[] {
  const scheme = namedNode(schemeIri(siteUrl));
  const quads: Quad[] = [
    quad(scheme, namedNode(RDF_TYPE), skos('ConceptScheme')),
    quad(scheme, dct('title'), literal(schemeTitle, 'en')),
    quad(scheme, dct('modified'), literal(generated, namedNode('http://www.w3.org/2001/XMLSchema#date'))),
  ];
  const iri = (slug: string) => namedNode(conceptIri(siteUrl, slug));
  for (const concept of concepts) {
    const subject = iri(concept.slug);
    quads.push(quad(subject, namedNode(RDF_TYPE), skos('Concept')), quad(subject, skos('inScheme'), scheme));
    if (concept.broader.length === 0) quads.push(quad(subject, skos('topConceptOf'), scheme));
    for (const broader of concept.broader) quads.push(quad(subject, skos('broader'), iri(broader)));
    for (const narrower of concept.narrower) quads.push(quad(subject, skos('narrower'), iri(narrower)));
    for (const related of concept.related) quads.push(quad(subject, skos('related'), iri(related)));
    for (const language of concept.languages) {
      for (const term of language.terms) {
        const property = term.status === 'preferred' ? 'prefLabel' : term.status === 'deprecated' ? 'hiddenLabel' : 'altLabel';
        quads.push(quad(subject, skos(property), literal(term.term, language.locale)));
      }
      if (language.definition) quads.push(quad(subject, skos('definition'), literal(language.definition, language.locale)));
      if (language.note) quads.push(quad(subject, skos('scopeNote'), literal(language.note, language.locale)));
      if (language.example) quads.push(quad(subject, skos('example'), literal(language.example, language.locale)));
      if (language.source) quads.push(quad(subject, dct('source'), literal(citation(language.source), language.locale)));
    }
  }
  return quads;
}

/** The SKOS glossary in Turtle. */
export function glossaryToTurtle(input: GlossaryExportInput): string {
  const writer = new Writer({ prefixes: { skos: SKOS, dct: DCT, xsd: 'http://www.w3.org/2001/XMLSchema#' } });
  writer.addQuads(glossaryQuads(input));
  let output = '';
  writer.end((error, result) => {
    if (error) throw error;
    output = result;
  });
  return output;
}
