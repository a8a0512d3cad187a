import { create } from 'xmlbuilder2';
import type { TermStatus, TermType } from '../../../schemas/glossary.ts';
import { citation, conceptIri, schemeTitle, type GlossaryExportInput } from './input.ts';

// TBX-Basic picklist values. TBX has no "synonym" type (a synonym is simply
// another full form) and no "proposed" status (closest is admitted, with a note).
const termTypeValue: Record<TermType, string> = {
  'full-form': 'fullForm',
  abbreviation: 'abbreviation',
  synonym: 'fullForm',
  variant: 'variant',
};

const statusValue: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  proposed: 'admittedTerm-admn-sts',
};

const domainLabel: Record<string, string> = {
  'vet-systems': 'VET systems',
  mobility: 'Mobility and internationalisation',
  'validation-recognition': 'Validation and recognition',
  'labour-market': 'Labour market',
};

/**
 * The glossary as TBX-Basic (ISO 30042:2019, TBX v3 DCA style): one
 * conceptEntry per concept, one langSec per language, one termSec per term.
 */
export function glossaryToTbx({ concepts, siteUrl, generated }: GlossaryExportInput): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('urn:iso:std:iso:30042:ed-2', 'tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en' });
  root
    .ele('tbxHeader')
    .ele('fileDesc')
    .ele('titleStmt')
    .ele('title')
    .txt(schemeTitle)
    .up()
    .up()
    .ele('sourceDesc')
    .ele('p')
    .txt(`Generated on ${generated} from ${siteUrl}glossary/`);
  const body = root.ele('text').ele('body');
  for (const concept of concepts) {
    const entry = body.ele('conceptEntry', { id: concept.slug });
    for (const domain of concept.domains) entry.ele('descrip', { type: 'subjectField' }).txt(domainLabel[domain] ?? domain);
    for (const related of [...concept.broader, ...concept.related]) entry.ele('ref', { type: 'crossReference', target: related }).txt(related);
    entry.ele('xref', { type: 'externalCrossReference', target: conceptIri(siteUrl, concept.slug) }).txt(concept.slug);
    for (const language of concept.languages) {
      const langSec = entry.ele('langSec', { 'xml:lang': language.locale });
      if (language.definition) {
        const group = langSec.ele('descripGrp');
        group.ele('descrip', { type: 'definition' }).txt(language.definition);
        if (language.source) group.ele('admin', { type: 'source' }).txt(citation(language.source));
      }
      if (language.note) langSec.ele('note').txt(language.note);
      for (const term of language.terms) {
        const termSec = langSec.ele('termSec');
        termSec.ele('term').txt(term.term);
        termSec.ele('termNote', { type: 'termType' }).txt(termTypeValue[term.type]);
        termSec.ele('termNote', { type: 'administrativeStatus' }).txt(statusValue[term.status]);
        for (const country of term.countries ?? []) termSec.ele('termNote', { type: 'geographicalUsage' }).txt(`${language.locale}-${country.toUpperCase()}`);
        if (term.status === 'proposed') termSec.ele('note').txt('Proposed term, not yet approved.');
      }
    }
  }
  return `${root.end({ prettyPrint: true })}\n`;
}
