import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './lib/content/location.ts';
import type { CollectionName } from './schemas/collection-names.ts';
import { collectionDefinition, extensionOf } from './schemas/collections.ts';
import { countrySchema } from './schemas/country.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { guideTopicSchema } from './schemas/guide-topic.ts';
import { guideSchema } from './schemas/guide.ts';
import { newsSchema } from './schemas/news.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { pageSchema } from './schemas/page.ts';
import { processStepSchema } from './schemas/process-step.ts';
import { projectSchema } from './schemas/project.ts';
import { twinningSchema } from './schemas/twinning.ts';

/**
 * Loads a collection from `content/<name>/`. Entry ids are file paths without
 * extension, so they match the CMS's slugs and never change when a title does.
 * Markdown bodies are rendered by the site's own pipeline (glossary links,
 * sanitising) from `entry.body`.
 */
function loaderFor(name: CollectionName) {
  const { depth, format } = collectionDefinition(name);
  const extension = extensionOf(format);
  return glob({
    base: `${contentRoot()}/${name}`,
    pattern: depth === 1 ? `*/*.${extension}` : `*.${extension}`,
    generateId: ({ entry }) => entry.slice(0, -(extension.length + 1)),
  });
}

export const collections = {
  glossary: defineCollection({ loader: loaderFor('glossary'), schema: glossarySchema }),
  countries: defineCollection({ loader: loaderFor('countries'), schema: countrySchema }),
  'guide-topics': defineCollection({ loader: loaderFor('guide-topics'), schema: guideTopicSchema }),
  guides: defineCollection({ loader: loaderFor('guides'), schema: guideSchema }),
  process: defineCollection({ loader: loaderFor('process'), schema: processStepSchema }),
  projects: defineCollection({ loader: loaderFor('projects'), schema: projectSchema }),
  organisations: defineCollection({ loader: loaderFor('organisations'), schema: organisationSchema }),
  twinnings: defineCollection({ loader: loaderFor('twinnings'), schema: twinningSchema }),
  news: defineCollection({ loader: loaderFor('news'), schema: newsSchema }),
  pages: defineCollection({ loader: loaderFor('pages'), schema: pageSchema }),
};
