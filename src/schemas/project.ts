import { z } from 'astro/zod';
import { entrySchema } from './entry.ts';
import { isoDate } from './date.ts';
import { fundingSchema } from './funding.ts';
import { glossaryLinksOptOut } from './glossary-links.ts';
import { reference } from './reference.ts';
import { keyedSourceSchema } from './source.ts';
import { optionalText, text, url } from './text.ts';

/** Where a project stands. */
export const projectStatuses = ['planned', 'running', 'finished'] as const;

/**
 * A project of the partnership, `content/projects/<slug>.md`. Its partners are
 * the organisations that list the project, so they are never written twice.
 */
export const projectSchema = entrySchema({
  /** Full name. */
  name: text().meta({ title: 'Name' }),
  /** Short name, e.g. `V2V`. */
  acronym: text().meta({ title: 'Acronym' }),
  /** One or two sentences on what the project does. */
  summary: text().meta({ title: 'Summary', widget: 'text' }),
  /** Planned, running or finished. */
  status: z.enum(projectStatuses).meta({ title: 'Status' }),
  /** First day, as on the record. */
  start: isoDate().optional().meta({ title: 'Start' }),
  /** Last day, as on the record. */
  end: isoDate().optional().meta({ title: 'End' }),
  /** Duration in words where exact dates are not on record, e.g. `three years`. */
  duration: optionalText().meta({ title: 'Duration' }),
  /** The lead organisation. */
  lead: reference('organisations').optional().meta({ title: 'Lead organisation' }),
  /** How many partners the record counts, including ones not yet named here. */
  partner_count: z.int().min(1).optional().meta({ title: 'Number of partners on record' }),
  /** What the project produces, each linking to where it lives on this site. */
  outputs: z
    .array(
      z.strictObject({
        /** Name of the output. */
        title: text().meta({ title: 'Title' }),
        /** What it is. */
        description: text().meta({ title: 'Description', widget: 'text' }),
        /** Path on this site, e.g. `/glossary/`. */
        link: z.string().regex(/^\/[^\s]*$/, 'must be a path on this site starting with /').optional().meta({ title: 'Link (path on this site)' }),
      }),
    )
    .optional()
    .meta({ title: 'Outputs' }),
  /** EU funding and how it must be acknowledged. */
  funding: fundingSchema.meta({ title: 'Funding' }),
  /** Public website of the project. */
  website: url().optional().meta({ title: 'Website' }),
  /** When the text was last checked. */
  last_reviewed: isoDate().meta({ title: 'Last reviewed' }),
  /** Sources cited on the page. */
  sources: z.array(keyedSourceSchema).min(1, 'needs at least one source').meta({ title: 'Sources' }),
  /** Opt-out of automatic glossary links. */
  no_glossary_links: glossaryLinksOptOut(),
});

export type Project = z.infer<typeof projectSchema>;
