import { z } from 'astro/zod';
import { entrySchema } from './entry.ts';
import { isoDate } from './date.ts';
import { glossaryLinksOptOut } from './glossary-links.ts';
import { reference } from './reference.ts';
import { keyedSourceSchema } from './source.ts';
import { text } from './text.ts';

/**
 * A mobility guide for one topic in one host country,
 * `content/guides/<topic>/<country>.md`.
 */
export const guideSchema = entrySchema({
  /** Title, e.g. `Entry and residence in Finland`. */
  title: text().meta({ title: 'Title' }),
  /** The topic. */
  topic: reference('guide-topics').meta({ title: 'Topic' }),
  /** The host country the rules are for. */
  country: reference('countries').meta({ title: 'Host country' }),
  /** One or two sentences: what a coordinator must know first. */
  summary: text().meta({ title: 'Summary', widget: 'text' }),
  /** When the rules were last checked against the sources. */
  last_reviewed: isoDate().meta({ title: 'Last reviewed' }),
  /** Months after which the guide is due for review; defaults to the topic's interval. */
  review_interval_months: z.int().min(1).max(60).optional().meta({ title: 'Review interval (months)' }),
  /** Sources cited in the text. */
  sources: z.array(keyedSourceSchema).min(1, 'needs at least one source').meta({ title: 'Sources' }),
  /** Opt-out of automatic glossary links. */
  no_glossary_links: glossaryLinksOptOut(),
});

export type Guide = z.infer<typeof guideSchema>;
