import { z } from 'astro/zod';
import { entrySchema } from './entry.ts';
import { isoDate } from './date.ts';
import { glossaryLinksOptOut } from './glossary-links.ts';
import { reference } from './reference.ts';
import { text } from './text.ts';

/** A news item, `content/news/<slug>.md`. */
export const newsSchema = entrySchema({
  /** Headline. */
  title: text().meta({ title: 'Title' }),
  /** Publication date. */
  date: isoDate().meta({ title: 'Date' }),
  /** One or two sentences for lists and feeds. */
  summary: text().meta({ title: 'Summary', widget: 'text' }),
  /** The project the item is about, if any. */
  project: reference('projects').optional().meta({ title: 'Project' }),
  /** Opt-out of automatic glossary links. */
  no_glossary_links: glossaryLinksOptOut(),
});

export type News = z.infer<typeof newsSchema>;
