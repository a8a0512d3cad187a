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
}

/**
 * Which pages the search index holds, and how. English pages hold all content
 * and carry the filters. A concept's page in another language is indexed in
 * that language's index too (its definition there, with that language's
 * stemming), but without filters, so filter counts never count a concept
 * twice. Other localized pages repeat the English text and are left out; the
 * search shows their English result at the reader's address instead.
 */
export function pageSearchInfo(locale: Locale, subject: SearchSubject): PageSearchInfo | undefined {
  const meta: Record<string, string> = { key: subject.path, type: subject.type };
  if (subject.locales) meta.locales = subject.locales.join(',');
  if (locale === defaultLocale) return { type: subject.type, filters: { type: [subject.type], ...subject.filters }, meta };
  if (subject.type === 'concept') return { type: subject.type, filters: {}, meta };
  return undefined;
}
