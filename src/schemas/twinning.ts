import { z } from 'astro/zod';
import { entrySchema } from './entry.ts';
import { glossaryLinksOptOut } from './glossary-links.ts';
import { reference } from './reference.ts';
import { keyedSourceSchema } from './source.ts';
import { text } from './text.ts';

/**
 * A twinning: two partner organisations that work together within a project,
 * `content/twinnings/<slug>.md`.
 */
export const twinningSchema = entrySchema({
  /** The pair in words, e.g. `SEDU and Centre of Competence Ferizaj`. */
  title: text().meta({ title: 'Title' }),
  /** The project the twinning belongs to. */
  project: reference('projects').meta({ title: 'Project' }),
  /** The two organisations, the EU school first. */
  organisations: z
    .array(reference('organisations'))
    .length(2, 'needs exactly two organisations')
    .refine((pair) => pair[0] !== pair[1], 'must name two different organisations')
    .meta({ title: 'Organisations' }),
  /** One or two sentences on what the pair does together. */
  summary: text().meta({ title: 'Summary', widget: 'text' }),
  /** Sources for the pairing. */
  sources: z.array(keyedSourceSchema).min(1, 'needs at least one source').meta({ title: 'Sources' }),
  /** Opt-out of automatic glossary links. */
  no_glossary_links: glossaryLinksOptOut(),
});

export type Twinning = z.infer<typeof twinningSchema>;
