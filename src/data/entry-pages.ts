import type { CollectionEntry } from 'astro:content';
import type { CollectionName } from '../schemas/collection-names.ts';
import { routes } from '../lib/routes.ts';

/** Collections whose entries have a Markdown body. */
export type MarkdownCollection = Exclude<CollectionName, 'glossary'>;
export type MarkdownEntry = CollectionEntry<MarkdownCollection>;

/** Title and path (without locale or base) of the page that shows an entry. */
export function entryPage(entry: MarkdownEntry): { title: string; path: string } {
  switch (entry.collection) {
    case 'countries':
      return { title: entry.data.name, path: routes.country(entry.id) };
    case 'guide-topics':
      return { title: entry.data.title, path: routes.guideTopic(entry.id) };
    case 'guides':
      return { title: entry.data.title, path: routes.guide(entry.data.topic, entry.data.country) };
    case 'process':
      return { title: entry.data.title, path: routes.processStep(entry.id) };
    case 'projects':
      return { title: entry.data.name, path: routes.project(entry.id) };
    case 'organisations':
      return { title: entry.data.name, path: routes.partner(entry.id) };
    case 'twinnings':
      return { title: entry.data.title, path: `${routes.project(entry.data.project)}#twinning-${entry.id}` };
    case 'news':
      return { title: entry.data.title, path: routes.newsItem(entry.id) };
    case 'pages':
      return { title: entry.data.title, path: routes.page(entry.id) };
  }
}
