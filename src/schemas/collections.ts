import type { z } from 'astro/zod';
import type { CollectionName } from './collection-names.ts';
import { countrySchema } from './country.ts';
import { glossarySchema } from './glossary.ts';
import { guideTopicSchema } from './guide-topic.ts';
import { guideSchema } from './guide.ts';
import { newsSchema } from './news.ts';
import { organisationSchema } from './organisation.ts';
import { pageSchema } from './page.ts';
import { processStepSchema } from './process-step.ts';
import { projectSchema } from './project.ts';
import { twinningSchema } from './twinning.ts';

/** How a collection's files are written. */
export type ContentFormat = 'yaml' | 'markdown';

/** Where a collection lives in `content/`, how its files look and what they must hold. */
export interface CollectionDefinition {
  /** Name of the collection and of its folder in `content/`. */
  name: CollectionName;
  /** Plural name for people. */
  label: string;
  /** Singular name for people. */
  labelSingular: string;
  /** YAML data files, or Markdown with YAML frontmatter. */
  format: ContentFormat;
  /** Folder depth of entry files below the collection folder: 0 for `news/x.md`, 1 for `guides/topic/x.md`. */
  depth: 0 | 1;
  /** The field that names an entry in lists and links. */
  identifierField: string;
  /** Schema of the data (YAML file or frontmatter). */
  schema: z.ZodType;
}

/** Every collection, in the order of the CMS sidebar. */
export const collections = [
  { name: 'glossary', label: 'Glossary', labelSingular: 'Concept', format: 'yaml', depth: 0, identifierField: 'title', schema: glossarySchema },
  { name: 'countries', label: 'Countries', labelSingular: 'Country', format: 'markdown', depth: 0, identifierField: 'name', schema: countrySchema },
  { name: 'guide-topics', label: 'Guide topics', labelSingular: 'Guide topic', format: 'markdown', depth: 0, identifierField: 'title', schema: guideTopicSchema },
  { name: 'guides', label: 'Mobility guides', labelSingular: 'Mobility guide', format: 'markdown', depth: 1, identifierField: 'title', schema: guideSchema },
  { name: 'process', label: 'Mobility process', labelSingular: 'Process step', format: 'markdown', depth: 0, identifierField: 'title', schema: processStepSchema },
  { name: 'projects', label: 'Projects', labelSingular: 'Project', format: 'markdown', depth: 0, identifierField: 'name', schema: projectSchema },
  { name: 'organisations', label: 'Organisations', labelSingular: 'Organisation', format: 'markdown', depth: 0, identifierField: 'name', schema: organisationSchema },
  { name: 'twinnings', label: 'Twinnings', labelSingular: 'Twinning', format: 'markdown', depth: 0, identifierField: 'title', schema: twinningSchema },
  { name: 'news', label: 'News', labelSingular: 'News item', format: 'markdown', depth: 0, identifierField: 'title', schema: newsSchema },
  { name: 'pages', label: 'Pages', labelSingular: 'Page', format: 'markdown', depth: 0, identifierField: 'title', schema: pageSchema },
] as const satisfies readonly CollectionDefinition[];

export function collectionDefinition(name: CollectionName): CollectionDefinition {
  return collections.find((collection) => collection.name === name)!;
}

/** File extension of a format's entry files. */
export function extensionOf(format: ContentFormat): string {
  return format === 'yaml' ? 'yaml' : 'md';
}
