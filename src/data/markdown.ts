import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { renderMarkdown, type RenderedMarkdown } from '../lib/markdown/render.ts';
import { localizedPath, withBase } from '../lib/routes.ts';
import type { MarkdownEntry } from './entry-pages.ts';
import { conceptHref, getConceptMap, termMatcher } from './glossary.ts';

const rendered = new Map<string, Promise<RenderedMarkdown>>();

/**
 * An entry's Markdown body as HTML for readers of `locale`: glossary terms
 * linked (unless the entry opts out), site links localized. Content is written
 * in English, so English terms are the ones linked. Each entry is rendered
 * once per locale per build; the glossary's "Mentioned in" lists reuse it.
 */
export function renderBody(entry: MarkdownEntry, locale: Locale): Promise<RenderedMarkdown> {
  const key = `${entry.collection}/${entry.id}/${locale}`;
  if (!rendered.has(key)) rendered.set(key, render(entry, locale));
  return rendered.get(key)!;
}

async function render(entry: MarkdownEntry, locale: Locale): Promise<RenderedMarkdown> {
  const concepts = await getConceptMap();
  const glossary = entry.data.no_glossary_links
    ? undefined
    : { matcher: await termMatcher(defaultLocale), hrefOf: (slug: string) => conceptHref(concepts.get(slug)!, locale) };
  return renderMarkdown(entry.body ?? '', {
    glossary,
    resolveLink: (path) => withBase(localizedPath(path, locale)),
    // Twinnings appear inside their project's page, beside its sources.
    sourceAnchorPrefix: entry.collection === 'twinnings' ? twinningSourcePrefix(entry.id) : undefined,
  });
}

/** Anchor prefix of a twinning's sources on its project's page. */
export function twinningSourcePrefix(id: string): string {
  return `twinning-${id}-`;
}
