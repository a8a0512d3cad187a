import type { GlossaryExportFile } from './formats.ts';
import { glossaryToCsv } from './csv.ts';
import type { GlossaryExportInput } from './input.ts';
import { glossaryToJson } from './json.ts';
import { glossaryToJsonLd } from './jsonld.ts';
import { glossaryToTurtle } from './skos.ts';
import { glossaryToTbx } from './tbx.ts';

/** The serialiser behind each export file. */
export const exporters: Record<GlossaryExportFile, (input: GlossaryExportInput) => string> = {
  'glossary.json': glossaryToJson,
  'glossary.csv': glossaryToCsv,
  'glossary.tbx': glossaryToTbx,
  'glossary.ttl': glossaryToTurtle,
  'glossary.jsonld': glossaryToJsonLd,
};
