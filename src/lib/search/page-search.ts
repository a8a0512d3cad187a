import { defaultLocale, type Locale } from '../../i18n/locales.ts';

/** Kinds of page the search can filter by. */
export const searchTypes = ['concept', 'country', 'guide', 'process', 'news', 'page'] as const;
export type SearchType = (typeof searchTypes)[number];

/** What a page tells the search index about itself. */
export interface PageSearchInfo {
  type: SearchType;
  /** Filter values as language-neutral codes (country `fi`, domain `mobility`), so every locale shares them. */
  filters: Record<string, string[]>;
  /** Metadata returned with each result. */
  meta: Record<string, string>;
}

export interface SearchSubject {
  type: SearchType;
  /** The page's path without locale, the same for all its language versions. */
  path: string;
  filters?: Record<string, string[]>;
  /** For concepts: the locales that have a page of their own. */
  locales?: Locale[];
  /** For concepts: every term in every language, so that an exact match can rank first. */
  terms?: string[];
}

/**
 * Which pages the search index holds, and how. English pages hold all content
 * (every concept page has its terms in all languages) and carry the filters:
 * the search asks this index first, so scores compare across all results. A
 * concept's page in another language is indexed in that language's own index
 * (its definition, with that language's stemming), which the search asks when
 * the English index finds nothing. Other localized pages repeat the English
 * text and are left out; the search shows their English result at the
 * reader's address instead.
 */
export function pageSearchInfo(locale: Locale, subject: SearchSubject): PageSearchInfo | undefined {
  const meta: Record<string, string> = { key: subject.path, type: subject.type };
  if (subject.locales) meta.locales = subject.locales.join(',');
  if (subject.terms) meta.terms = subject.terms.join('|');
  if (locale === defaultLocale) return { type: subject.type, filters: { type: [subject.type], ...subject.filters }, meta };
  if (subject.type === 'concept') return { type: subject.type, filters: {}, meta };
  return undefined;
}
