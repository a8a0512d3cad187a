import { defaultLocale, type Locale } from '../i18n/locales.ts';

/**
 * Every public URL of the site, in one place: these paths are permanent, so
 * pages, feeds, exports and the CMS all build links from here.
 */
export const routes = {
  home: () => '/',
  glossary: () => '/glossary/',
  /** A filtered A-Z index (`all` for a dimension that is not filtered), and its further pages in a long glossary. */
  glossaryFilter: (domain: string, status: string, page = 1) =>
    `${domain === 'all' && status === 'all' ? '/glossary/' : `/glossary/filter/${domain}/${status}/`}${page > 1 ? `page/${page}/` : ''}`,
  concept: (slug: string) => `/glossary/${slug}/`,
  glossaryTranslations: () => '/glossary/translations/',
  glossaryExport: (file: string) => `/glossary/export/${file}`,
  glossaryChanges: () => '/glossary/changes.xml',
  countries: () => '/countries/',
  country: (code: string) => `/countries/${code}/`,
  compare: (codes?: string[]) => (codes ? `/countries/compare/?c=${codes.join(',')}` : '/countries/compare/'),
  mobility: () => '/mobility/',
  guides: () => '/mobility/guides/',
  guideTopic: (topic: string) => `/mobility/guides/${topic}/`,
  guide: (topic: string, country: string) => `/mobility/guides/${topic}/${country}/`,
  process: () => '/mobility/process/',
  processStep: (step: string) => `/mobility/process/${step}/`,
  planner: () => '/mobility/plan/',
  plan: (from: string, to: string) => `/mobility/plan/${from}-to-${to}/`,
  projects: () => '/projects/',
  project: (slug: string) => `/projects/${slug}/`,
  partner: (slug: string) => `/partners/${slug}/`,
  partners: () => '/partners/',
  news: () => '/news/',
  newsItem: (slug: string) => `/news/${slug}/`,
  newsFeed: () => '/news/feed.xml',
  page: (slug: string) => `/${slug}/`,
  search: () => '/search/',
  editorsGuide: () => '/editors/',
} as const;

/** The path of a page in a locale: English unprefixed, every other locale under `/<code>/`. */
export function localizedPath(path: string, locale: Locale): string {
  return locale === defaultLocale ? path : `/${locale}${path}`;
}

/** Splits a site path into its locale and the path without the locale prefix. */
export function delocalizePath(path: string, isLocale: (segment: string) => boolean): { locale?: string; path: string } {
  const [, first, ...rest] = path.split('/');
  if (first && isLocale(first)) return { locale: first, path: `/${rest.join('/')}` };
  return { path };
}

/** Prefixes a site path with the configured base (`BASE_PATH`), for sites served under a sub-path. */
export function withBase(path: string, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/** A function that turns site paths into addresses for readers of `locale`. */
export function linkFor(locale: Locale): (path: string) => string {
  return (path) => withBase(localizedPath(path, locale));
}
