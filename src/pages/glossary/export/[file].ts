import type { APIRoute } from 'astro';
import { getConcepts } from '../../../data/glossary.ts';
import { exporters } from '../../../lib/glossary/exports/index.ts';
import { glossaryExports, type GlossaryExportFile } from '../../../lib/glossary/exports/formats.ts';
import { buildDate } from '../../../lib/review.ts';
import { withBase } from '../../../lib/routes.ts';

export function getStaticPaths() {
  return glossaryExports.map((format) => ({ params: { file: format.file } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const file = params.file as GlossaryExportFile;
  const siteUrl = new URL(withBase('/'), site).href;
  const body = exporters[file]({ concepts: await getConcepts(), siteUrl, generated: buildDate() });
  const format = glossaryExports.find((candidate) => candidate.file === file)!;
  return new Response(body, { headers: { 'content-type': format.mediaType } });
};
