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
 * Which pages the search index holds: the English ones. Every English concept
 * page carries the concept's terms and definitions in all sixteen languages
 * (each marked with its \`lang\`), so one index answers a query typed in any
 * language, with scores that compare across all results; the search then
 * shows each result at the reader's address. Localized pages repeat what the
 * English ones hold and are left out: indexing them into per-language indexes
 * tripled the indexing time and memory at 10,000 concepts (see
 * bench/RESULTS.md) and found nothing the English index does not.
 */
export function pageSearchInfo(locale: Locale, subject: SearchSubject): PageSearchInfo | undefined {
  if (locale !== defaultLocale) return undefined;
  const meta: Record<string, string> = { key: subject.path, type: subject.type };
  if (subject.locales) meta.locales = subject.locales.join(',');
  if (subject.terms) meta.terms = subject.terms.join('|');
  return { type: subject.type, filters: { type: [subject.type], ...subject.filters }, meta };
}
