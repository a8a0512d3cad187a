import { defaultLocale, type Locale } from '../../i18n/locales.ts';
import { glossaryDomains, reviewStatuses, type GlossaryDomain, type ReviewStatus } from '../../schemas/glossary.ts';
import { compareText, segmenter } from '../format.ts';
import { foldDiacritics } from '../search/fold.ts';
import { hasDefinition, preferredTerm, type Concept } from './concept.ts';

/** One line of an A-Z index. */
export interface IndexItem {
  concept: Concept;
  /** The term shown: the locale's preferred term, else the English one. */
  label: string;
  /** Language of the label. */
  labelLang: Locale;
  /** Whether the concept has a page in this locale, or the index links to the English page. */
  localPage: boolean;
  /** The letter the item is listed under. */
  letter: string;
}

export interface LetterGroup {
  letter: string;
  items: IndexItem[];
}

/** The anchor of a letter group: the letter itself, or `other` for terms that start with a digit or sign. */
export function letterId(letter: string): string {
  return `letter-${/\p{L}/u.test(letter) ? letter : 'other'}`;
}

/** A filter over the index: a domain and a review status, each possibly `all`. */
export interface IndexFilter {
  domain: GlossaryDomain | 'all';
  status: ReviewStatus | 'all';
}

export function matchesFilter(concept: Concept, filter: IndexFilter): boolean {
  return (filter.domain === 'all' || concept.domains.includes(filter.domain)) && (filter.status === 'all' || concept.reviewStatus === filter.status);
}

/**
 * Every concept of a locale's A-Z index, in order: under its term in that
 * language (the English term where it has none yet), in the language's own
 * alphabetical order, each with the letter it is listed under as that
 * language writes it (Č apart from C in Slovenian, Ä at the end in Finnish
 * and Swedish). Filter the items, then group them with `groupByLetter`.
 */
export function azIndexItems(concepts: Concept[], locale: Locale): IndexItem[] {
  const compare = compareText(locale);
  return concepts
    .map((concept) => {
      const own = preferredTerm(concept, locale);
      const label = own ?? preferredTerm(concept, defaultLocale)!;
      const labelLang = own ? locale : defaultLocale;
      return { concept, label, labelLang, localPage: locale === defaultLocale || hasDefinition(concept, locale), letter: groupLetter(firstLetter(label, labelLang), compare) };
    })
    .sort((a, b) => compare(a.label, b.label) || a.concept.slug.localeCompare(b.concept.slug));
}

/** Consecutive items under the same letter, as letter groups. */
function groupByLetter(items: IndexItem[]): LetterGroup[] {
  const groups: LetterGroup[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.letter === item.letter) last.items.push(item);
    else groups.push({ letter: item.letter, items: [item] });
  }
  return groups;
}

/** A locale's A-Z index (its `azIndexItems`), filtered, in letter groups. */
export function filteredAzIndex(items: IndexItem[], filter: IndexFilter): LetterGroup[] {
  return groupByLetter(items.filter((item) => matchesFilter(item.concept, filter)));
}

/** Concepts on one page of the A-Z index, beyond which it continues on a next page. */
export const azPageSize = 600;

/**
 * Splits an index into pages of whole letter groups, each of at most
 * `pageSize` concepts unless one letter alone has more: a glossary of
 * thousands of concepts stays light enough to open on a phone, and a small
 * one stays on a single page.
 */
export function paginateAzIndex(groups: LetterGroup[], pageSize = azPageSize): LetterGroup[][] {
  const pages: LetterGroup[][] = [];
  let size = 0;
  for (const group of groups) {
    const page = pages.at(-1);
    if (page && size + group.items.length <= pageSize) {
      page.push(group);
      size += group.items.length;
    } else {
      pages.push([group]);
      size = group.items.length;
    }
  }
  return pages.length > 0 ? pages : [[]];
}

/**
 * The heading of a letter group: letters the language treats as one share the
 * plain letter (É under E in English), while letters of their own stay apart
 * (Č after C in Slovenian, Ä after Z in Finnish).
 */
function groupLetter(letter: string, compare: (a: string, b: string) => number): string {
  const plain = foldDiacritics(letter);
  return compare(plain, letter) === 0 ? plain : letter;
}

function firstLetter(label: string, lang: Locale): string {
  const [first] = segmenter(lang, 'grapheme').segment(label);
  const grapheme = first?.segment ?? '#';
  return /\p{L}/u.test(grapheme) ? grapheme.toLocaleUpperCase(lang) : '#';
}

/** How many concepts each value of a filter dimension would show, given the other dimension. */
export function filterCounts<T extends string>(concepts: Concept[], values: readonly T[], filterFor: (value: T | 'all') => IndexFilter): Map<T | 'all', number> {
  const counts = new Map<T | 'all', number>();
  for (const value of ['all' as const, ...values]) {
    const filter = filterFor(value);
    counts.set(value, concepts.filter((concept) => matchesFilter(concept, filter)).length);
  }
  return counts;
}

/** What the filter bar counts: each domain given the status chosen, each status given the domain chosen. */
export interface FilterCounts {
  domain: Map<GlossaryDomain | 'all', number>;
  status: Map<ReviewStatus | 'all', number>;
}

export function filterCountsFor(concepts: Concept[], filter: IndexFilter): FilterCounts {
  return {
    domain: filterCounts(concepts, glossaryDomains, (domain) => ({ domain, status: filter.status })),
    status: filterCounts(concepts, reviewStatuses, (status) => ({ domain: filter.domain, status })),
  };
}
