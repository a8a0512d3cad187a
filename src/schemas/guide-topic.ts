import { z } from 'astro/zod';
import { entrySchema } from './entry.ts';
import { isoDate } from './date.ts';
import { glossaryLinksOptOut } from './glossary-links.ts';
import { keyedSourceSchema } from './source.ts';
import { optionalText, text } from './text.ts';

/**
 * A mobility guide topic, `content/guide-topics/<topic>.md`: what applies in
 * every host country (EU-wide rules), with one guide per host country beside it.
 */
export const guideTopicSchema = entrySchema({
  /** Name of the topic, e.g. `Entry and residence`. */
  title: text().meta({ title: 'Title' }),
  /** One or two sentences for the mobility hub. */
  summary: text().meta({ title: 'Summary', widget: 'text' }),
  /** Position on the mobility hub. */
  order: z.int().min(1).meta({ title: 'Order' }),
  /** Months after which this topic's guides count as due for review. */
  review_interval_months: z.int().min(1).max(60).meta({ title: 'Review interval (months)' }),
  /** Set when the topic describes rules no longer in force (Covid-19): the day they ended. */
  archived_since: isoDate().optional().meta({ title: 'Archived since', description: 'Only for topics that are history: the day the rules stopped applying.' }),
  /** Why the topic is archived, shown on every page of it. */
  archive_note: optionalText().meta({ title: 'Archive note', widget: 'text' }),
  /** When the text was last checked. */
  last_reviewed: isoDate().meta({ title: 'Last reviewed' }),
  /** Sources cited in the text. */
  sources: z.array(keyedSourceSchema).min(1, 'needs at least one source').meta({ title: 'Sources' }),
  /** Opt-out of automatic glossary links. */
  no_glossary_links: glossaryLinksOptOut(),
});

export type GuideTopic = z.infer<typeof guideTopicSchema>;
