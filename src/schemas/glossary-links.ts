import { z } from 'astro/zod';

/**
 * Opt-out of automatic glossary links for one page, e.g. a page that quotes a
 * legal text verbatim. Absent means links are added.
 */
export function glossaryLinksOptOut() {
  return z
    .boolean()
    .optional()
    .meta({ title: 'No glossary links', description: 'Tick to stop this page from linking glossary terms automatically.' });
}
