import { getCollection } from 'astro:content';
import { entryPage, type MarkdownCollection, type MarkdownEntry } from './entry-pages.ts';
import { bodyConcepts } from './markdown.ts';

/** A page that mentions a concept. */
export interface Mention {
  title: string;
  /** Path without locale or base. */
  path: string;
}

const markdownCollections: MarkdownCollection[] = ['countries', 'guide-topics', 'guides', 'process', 'projects', 'organisations', 'twinnings', 'news', 'pages'];

let mentions: Promise<Map<string, Mention[]>> | undefined;

/**
 * For each concept, the pages that link to it: through a term in their text
 * (the same links readers see) or through a structured field such as a process
 * step's documents. Built once per build.
 */
export function getMentions(): Promise<Map<string, Mention[]>> {
  mentions ??= collectMentions();
  return mentions;
}

async function collectMentions(): Promise<Map<string, Mention[]>> {
  const byConcept = new Map<string, Mention[]>();
  const add = (concept: string, mention: Mention) => {
    const list = byConcept.get(concept) ?? [];
    if (!list.some((existing) => existing.path === mention.path)) list.push(mention);
    byConcept.set(concept, list);
  };
  for (const name of markdownCollections) {
    for (const entry of (await getCollection(name)) as MarkdownEntry[]) {
      const page = entryPage(entry);
      const concepts = await bodyConcepts(entry);
      const structured = entry.collection === 'process' ? [...(entry.data.concepts ?? []), ...(entry.data.documents ?? []).flatMap((document) => (document.concept ? [document.concept] : []))] : [];
      for (const concept of new Set([...concepts, ...structured])) add(concept, page);
    }
  }
  for (const list of byConcept.values()) list.sort((a, b) => a.title.localeCompare(b.title));
  return byConcept;
}
