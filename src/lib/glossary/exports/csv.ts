import { stringify } from 'csv-stringify/sync';
import { citation, type GlossaryExportInput } from './input.ts';

const columns = ['concept', 'domains', 'language', 'term', 'term_type', 'term_status', 'countries', 'definition', 'definition_source', 'provenance'] as const;

/**
 * The glossary as CSV (RFC 4180: CRLF line ends, quoted fields where needed),
 * one row per concept, language and term. A language's definition repeats on
 * each of its terms so that every row stands on its own in a spreadsheet.
 */
export function glossaryToCsv({ concepts }: GlossaryExportInput): string {
  const rows = concepts.flatMap((concept) =>
    concept.languages.flatMap((language) =>
      language.terms.map((term) => ({
        concept: concept.slug,
        domains: concept.domains.join(' '),
        language: language.locale,
        term: term.term,
        term_type: term.type,
        term_status: term.status,
        countries: (term.countries ?? []).join(' '),
        definition: language.definition ?? '',
        definition_source: language.source ? citation(language.source) : '',
        provenance: language.provenance,
      })),
    ),
  );
  return stringify(rows, { header: true, columns: [...columns], record_delimiter: 'windows', quoted_match: /[",\r\n]/ });
}
