import { z } from 'astro/zod';
import { entrySchema } from './entry.ts';
import { isoDate } from './date.ts';
import { glossaryLinksOptOut } from './glossary-links.ts';
import { text } from './text.ts';

/** A plain page such as About or the accessibility statement, `content/pages/<slug>.md`. */
export const pageSchema = entrySchema({
  /** Page title. */
  title: text().meta({ title: 'Title' }),
  /** One sentence for search results and link previews. */
  description: text().meta({ title: 'Description', widget: 'text' }),
  /** When the page was last checked. */
  last_reviewed: isoDate().meta({ title: 'Last reviewed' }),
  /** Opt-out of automatic glossary links. */
  no_glossary_links: glossaryLinksOptOut(),
});

export type Page = z.infer<typeof pageSchema>;
