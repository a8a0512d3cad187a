/** Every content collection, by the name used in `content/`, in Astro and in the CMS. */
export const collectionNames = [
  'glossary',
  'countries',
  'guide-topics',
  'guides',
  'process',
  'projects',
  'organisations',
  'twinnings',
  'news',
  'pages',
] as const;

export type CollectionName = (typeof collectionNames)[number];
