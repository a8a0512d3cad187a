import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { prepareMarkdown, type Heading, type PreparedMarkdown } from '../lib/markdown/render.ts';
import { localizedPath, withBase } from '../lib/routes.ts';
import type { MarkdownEntry } from './entry-pages.ts';
import { conceptHref, getConceptMap, termMatcher } from './glossary.ts';

/** An entry's body as one page shows it. */
export interface RenderedBody {
  html: string;
  /** h2 and h3 headings, for a table of contents. */
  headings: Heading[];
  /** Concepts linked from the text, in order of first mention. */
  concepts: string[];
}

const prepared = new Map<string, Promise<PreparedMarkdown>>();

/**
 * An entry's Markdown, parsed once per build: every locale's page and the
 * glossary's "Mentioned in" lists share it. Content is written in English, so
 * English terms are the ones linked, unless the entry opts out.
 */
function preparedBody(entry: MarkdownEntry): Promise<PreparedMarkdown> {
  const key = `${entry.collection}/${entry.id}`;
  if (!prepared.has(key)) {
    prepared.set(
      key,
      (async () =>
        prepareMarkdown(entry.body ?? '', {
          matcher: 'no_glossary_links' in entry.data && entry.data.no_glossary_links ? undefined : await termMatcher(defaultLocale),
          // Twinnings appear inside their project's page, beside its sources.
          sourceAnchorPrefix: entry.collection === 'twinnings' ? twinningSourcePrefix(entry.id) : undefined,
        }))(),
    );
  }
  return prepared.get(key)!;
}

/** The concepts an entry's text links to. */
export async function bodyConcepts(entry: MarkdownEntry): Promise<string[]> {
  return (await preparedBody(entry)).concepts;
}

/** An entry's Markdown body as HTML for readers of `locale`: glossary links and site links lead to that locale's pages. */
export async function renderBody(entry: MarkdownEntry, locale: Locale): Promise<RenderedBody> {
  const [body, concepts] = await Promise.all([preparedBody(entry), getConceptMap()]);
  const html = body.toHtml({ resolveLink: (path) => withBase(localizedPath(path, locale)), hrefOf: (slug) => conceptHref(concepts.get(slug)!, locale) });
  return { html, headings: body.headings, concepts: body.concepts };
}

/** Anchor prefix of a twinning's sources on its project's page. */
export function twinningSourcePrefix(id: string): string {
  return `twinning-${id}-`;
}
