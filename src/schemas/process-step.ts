import { z } from 'astro/zod';
import { entrySchema } from './entry.ts';
import { isoDate } from './date.ts';
import { glossaryLinksOptOut } from './glossary-links.ts';
import { reference } from './reference.ts';
import { keyedSourceSchema } from './source.ts';
import { text } from './text.ts';

/** When a step happens relative to the stay abroad. */
export const processPhases = ['before', 'during', 'after'] as const;
export type ProcessPhase = (typeof processPhases)[number];

/** Kinds of mobility a step can apply to. */
export const mobilityTypes = ['learner-mobility', 'staff-mobility', 'job-shadowing'] as const;
export type MobilityType = (typeof mobilityTypes)[number];

/**
 * One step of the modular mobility process, `content/process/<step>.md`.
 */
export const processStepSchema = entrySchema({
  /** Title, e.g. `Partnership and Memorandum of Understanding`. */
  title: text().meta({ title: 'Title' }),
  /** Position in the process, from 1. */
  order: z.int().min(1).meta({ title: 'Order' }),
  /** Before, during or after the stay. */
  phase: z.enum(processPhases).meta({ title: 'Phase' }),
  /** One or two sentences on what the step achieves. */
  summary: text().meta({ title: 'Summary', widget: 'text' }),
  /** Kinds of mobility the step applies to. */
  applies_to: z.array(z.enum(mobilityTypes)).min(1, 'needs at least one kind of mobility').meta({ title: 'Applies to' }),
  /** Who does it, e.g. `Sending school`. */
  who: z.array(text()).min(1, 'needs at least one role').meta({ title: 'Who does it' }),
  /** When it happens, e.g. `3 to 6 months before departure`. */
  when: text().meta({ title: 'When' }),
  /** Documents the step produces or uses. */
  documents: z
    .array(
      z.strictObject({
        /** Name of the document. */
        name: text().meta({ title: 'Name' }),
        /** The glossary concept that defines it, if any. */
        concept: reference('glossary').optional().meta({ title: 'Glossary concept' }),
      }),
    )
    .optional()
    .meta({ title: 'Documents' }),
  /** Glossary concepts the step relies on. */
  concepts: z.array(reference('glossary')).optional().meta({ title: 'Glossary concepts' }),
  /** Guide topics that help with the step. */
  guide_topics: z.array(reference('guide-topics')).optional().meta({ title: 'Guide topics' }),
  /** When the text was last checked. */
  last_reviewed: isoDate().meta({ title: 'Last reviewed' }),
  /** Sources cited in the text. */
  sources: z.array(keyedSourceSchema).min(1, 'needs at least one source').meta({ title: 'Sources' }),
  /** Opt-out of automatic glossary links. */
  no_glossary_links: glossaryLinksOptOut(),
});

export type ProcessStep = z.infer<typeof processStepSchema>;
