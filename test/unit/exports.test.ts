import { XMLParser } from 'fast-xml-parser';
import jsonld from 'jsonld';
import { Parser as TurtleParser, type Quad } from 'n3';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildConcepts } from '../../src/lib/glossary/concept.ts';
import { exporters } from '../../src/lib/glossary/exports/index.ts';
import type { GlossaryFile } from '../../src/schemas/glossary.ts';
import { entriesOf } from '../support/real-content.ts';

const concepts = buildConcepts(entriesOf<GlossaryFile>('glossary'));
const input = { concepts, siteUrl: 'https://example.org/vet/', generated: '2026-11-24' };
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const totalTerms = concepts.reduce((sum, concept) => sum + concept.languages.reduce((inner, language) => inner + language.terms.length, 0), 0);

const quadKey = (quad: Quad) => `${quad.subject.value} ${quad.predicate.value} ${quad.object.termType === 'Literal' ? `"${quad.object.value}"@${(quad.object as { language?: string }).language || ""}^^${(quad.object as { datatype: { value: string } }).datatype.value}` : quad.object.value}`;

describe('glossary exports, parsed with independent parsers', () => {
  it('JSON holds every concept in every language', () => {
    const document = JSON.parse(exporters['glossary.json'](input));
    expect(document.concepts).toHaveLength(concepts.length);
    const apprenticeship = document.concepts.find((concept: { id: string }) => concept.id === 'apprenticeship');
    expect(Object.keys(apprenticeship.languages)).toHaveLength(16);
    expect(apprenticeship.url).toBe('https://example.org/vet/glossary/apprenticeship/');
  });

  it('CSV (RFC 4180) has one row per concept, language and term, and survives quotes and commas', () => {
    const text = exporters['glossary.csv'](input);
    expect(text).toContain('\r\n');
    const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(totalTerms);
    const row = parsed.data.find((candidate) => candidate.concept === 'learning-agreement' && candidate.language === 'en' && candidate.term_status === 'preferred')!;
    expect(row.term).toBe('Learning Agreement');
    expect(row.definition).toBe(concepts.find((concept) => concept.slug === 'learning-agreement')!.languages[0].definition);
  });

  it('TBX-Basic uses the ISO 30042 namespace with a conceptEntry per concept', () => {
    const xml = exporters['glossary.tbx'](input);
    const document = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['conceptEntry', 'langSec', 'termSec', 'termNote', 'descrip', 'ref'].includes(name) }).parse(xml);
    expect(document.tbx['@xmlns']).toBe('urn:iso:std:iso:30042:ed-2');
    expect(document.tbx['@type']).toBe('TBX-Basic');
    const entries = document.tbx.text.body.conceptEntry;
    expect(entries).toHaveLength(concepts.length);
    const entry = entries.find((candidate: { '@id': string }) => candidate['@id'] === 'apprenticeship');
    expect(entry.langSec).toHaveLength(16);
    const italian = entry.langSec.find((section: { '@xml:lang': string }) => section['@xml:lang'] === 'it');
    expect(italian.termSec[0].term).toBe('apprendistato');
    expect(italian.termSec[0].termNote.map((note: { '#text': string }) => note['#text'])).toContain('preferredTerm-admn-sts');
    const termSecs = entries.reduce((sum: number, candidate: { langSec: Array<{ termSec: unknown[] }> }) => sum + candidate.langSec.reduce((inner, section) => inner + section.termSec.length, 0), 0);
    expect(termSecs).toBe(totalTerms);
  });

  it('SKOS in Turtle has one prefLabel per language per concept and agrees with the JSON-LD', async () => {
    const quads = new TurtleParser().parse(exporters['glossary.ttl'](input));
    const prefLabels = quads.filter((quad) => quad.predicate.value === `${SKOS}prefLabel`);
    const perLanguage = new Map<string, number>();
    for (const quad of prefLabels) {
      const key = `${quad.subject.value} ${(quad.object as { language: string }).language}`;
      perLanguage.set(key, (perLanguage.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perLanguage.values())).toBe(1);
    expect(perLanguage.size).toBe(concepts.reduce((sum, concept) => sum + concept.languages.length, 0));
    const broader = quads.filter((quad) => quad.predicate.value === `${SKOS}broader`).length;
    expect(broader).toBe(concepts.reduce((sum, concept) => sum + concept.broader.length, 0));

    const fromJsonLd = (await jsonld.toRDF(JSON.parse(exporters['glossary.jsonld'](input)))) as unknown as Quad[];
    expect(new Set(fromJsonLd.map(quadKey))).toEqual(new Set(quads.map(quadKey)));
  });
});
