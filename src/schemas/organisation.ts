import { z } from 'astro/zod';
import { entrySchema } from './entry.ts';
import { glossaryLinksOptOut } from './glossary-links.ts';
import { reference } from './reference.ts';
import { keyedSourceSchema } from './source.ts';
import { optionalText, text, url } from './text.ts';

/** Kinds of organisation in the partnership. */
export const organisationTypes = ['vet-provider', 'network', 'company', 'public-body', 'other'] as const;

/** An organisation's part in a project. */
export const projectRoles = ['lead', 'partner'] as const;

/**
 * A partner organisation, `content/organisations/<slug>.md`.
 */
export const organisationSchema = entrySchema({
  /** Name as the organisation writes it. */
  name: text().meta({ title: 'Name' }),
  /** Short name used in running text, e.g. `SEDU`. */
  short_name: optionalText().meta({ title: 'Short name' }),
  /** VET provider, network, company, public body or other. */
  type: z.enum(organisationTypes).meta({ title: 'Type' }),
  /** The country it is based in. */
  country: reference('countries').meta({ title: 'Country' }),
  /** The town or city it is based in, once a source gives it. */
  city: optionalText().meta({ title: 'City' }),
  /** The projects it takes part in. */
  projects: z
    .array(
      z.strictObject({
        /** The project. */
        project: reference('projects').meta({ title: 'Project' }),
        /** Lead or partner. */
        role: z.enum(projectRoles).meta({ title: 'Role' }),
      }),
    )
    .min(1, 'needs at least one project')
    .meta({ title: 'Projects' }),
  /** Its website. */
  website: url().optional().meta({ title: 'Website' }),
  /** Sources for the name, place and role. */
  sources: z.array(keyedSourceSchema).min(1, 'needs at least one source').meta({ title: 'Sources' }),
  /** Opt-out of automatic glossary links. */
  no_glossary_links: glossaryLinksOptOut(),
});

export type Organisation = z.infer<typeof organisationSchema>;
