import type { CollectionName } from '../../schemas/collection-names.ts';

/**
 * How each collection looks in the CMS beyond its fields: list summaries,
 * sorting, filters and groups, where new entries are written and which page
 * previews them. Fields themselves always come from the schemas.
 */
export interface CollectionOptions {
  /** The entry list line, e.g. `{{title}} ({{country}})`. */
  summary: string;
  sortable_fields: string[];
  view_filters?: Array<{ label: string; field: string; pattern: string | boolean }>;
  view_groups?: Array<{ label: string; field: string; pattern?: string }>;
  /** File name template of a new entry (Decap's `slug`). */
  slug: string;
  /** Folder template below the collection folder, for nested collections (Decap's `path`). */
  path?: string;
  /** The site page of an entry (Decap's `preview_path`). */
  preview_path: string;
  /** One sentence shown above the entry list. */
  description: string;
}

const byStatus = (field: string) => [
  { label: 'Draft', field, pattern: 'draft' },
  { label: 'In review', field, pattern: 'in-review' },
  { label: 'Approved', field, pattern: 'approved' },
];

export const collectionOptions: Record<CollectionName, CollectionOptions> = {
  glossary: {
    description: 'One entry per concept, with terms and definitions in the partnership languages. Choose a language at the top of the editor to translate.',
    summary: '{{title}} · {{review_status}}',
    sortable_fields: ['title', 'last_reviewed', 'review_status'],
    view_filters: [
      { label: 'VET systems', field: 'domains', pattern: 'vet-systems' },
      { label: 'Mobility', field: 'domains', pattern: 'mobility' },
      { label: 'Validation and recognition', field: 'domains', pattern: 'validation-recognition' },
      { label: 'Labour market', field: 'domains', pattern: 'labour-market' },
      ...byStatus('review_status'),
    ],
    view_groups: [
      { label: 'Review status', field: 'review_status' },
      { label: 'Domain', field: 'domains' },
    ],
    slug: '{{slug}}',
    preview_path: 'glossary/{{slug}}/',
  },
  countries: {
    description: 'The VET-system analysis of each partner country. Every fact cites one of the sources listed at the end.',
    summary: '{{name}} · reviewed {{last_reviewed}}',
    sortable_fields: ['name', 'last_reviewed'],
    slug: '{{slug}}',
    preview_path: 'countries/{{slug}}/',
  },
  'guide-topics': {
    description: 'The topics of the mobility guides, with what applies in every host country.',
    summary: '{{title}}',
    sortable_fields: ['title', 'order', 'last_reviewed'],
    slug: '{{slug}}',
    preview_path: 'mobility/guides/{{slug}}/',
  },
  guides: {
    description: 'The rules of one topic in one host country. The file is named after the host country, in the folder of its topic.',
    summary: '{{title}} · reviewed {{last_reviewed}}',
    sortable_fields: ['title', 'last_reviewed'],
    view_filters: [
      { label: 'Entry and residence', field: 'topic', pattern: 'entry-residence' },
      { label: 'Insurance', field: 'topic', pattern: 'insurance' },
      { label: 'Safety at work', field: 'topic', pattern: 'safety-at-work' },
      { label: 'Recognition', field: 'topic', pattern: 'recognition' },
      { label: 'Covid-19 (archive)', field: 'topic', pattern: 'covid-19' },
    ],
    view_groups: [
      { label: 'Topic', field: 'topic' },
      { label: 'Host country', field: 'country' },
    ],
    slug: '{{fields.country}}',
    path: '{{fields.topic}}/{{slug}}',
    preview_path: 'mobility/guides/{{fields.topic}}/{{fields.country}}/',
  },
  process: {
    description: 'The steps of the modular mobility process, in order.',
    summary: '{{order}}. {{title}}',
    sortable_fields: ['order', 'title'],
    view_groups: [{ label: 'Phase', field: 'phase' }],
    slug: '{{slug}}',
    preview_path: 'mobility/process/{{slug}}/',
  },
  projects: {
    description: 'The projects of the partnership, with their funding acknowledgement.',
    summary: '{{acronym}}: {{name}}',
    sortable_fields: ['acronym', 'start'],
    slug: '{{fields.acronym}}',
    preview_path: 'projects/{{slug}}/',
  },
  organisations: {
    description: 'Partner organisations. An organisation lists the projects it takes part in.',
    summary: '{{name}} · {{country}}',
    sortable_fields: ['name', 'country'],
    view_groups: [{ label: 'Country', field: 'country' }],
    slug: '{{slug}}',
    preview_path: 'partners/{{slug}}/',
  },
  twinnings: {
    description: 'Pairs of partner schools working together within a project.',
    summary: '{{title}}',
    sortable_fields: ['title', 'project'],
    slug: '{{slug}}',
    preview_path: 'projects/{{fields.project}}/',
  },
  news: {
    description: 'News items. The newest appear on the home page and in the feed.',
    summary: '{{date}} · {{title}}',
    sortable_fields: ['date', 'title'],
    slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
    preview_path: 'news/{{slug}}/',
  },
  pages: {
    description: 'Plain pages such as About and the accessibility statement.',
    summary: '{{title}}',
    sortable_fields: ['title'],
    slug: '{{slug}}',
    preview_path: '{{slug}}/',
  },
};
