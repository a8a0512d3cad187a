import { defaultLocale, type Locale } from '../../i18n/locales.ts';
import type { GlossaryDomain, ReviewStatus } from '../../schemas/glossary.ts';
import { compareText } from '../format.ts';
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
 * The A-Z index of a locale: every concept under its term in that language
 * (the English term where it has none yet), in the language's own
 * alphabetical order, grouped by first letter as that language writes it
 * (Č apart from C in Slovenian, Ä at the end in Finnish and Swedish).
 */
export function buildAzIndex(concepts: Concept[], locale: Locale, filter: IndexFilter): LetterGroup[] {
  const compare = compareText(locale);
  const items = concepts
    .filter((concept) => matchesFilter(concept, filter))
    .map((concept): IndexItem => {
      const own = preferredTerm(concept, locale);
      return {
        concept,
        label: own ?? preferredTerm(concept, defaultLocale)!,
        labelLang: own ? locale : defaultLocale,
        localPage: locale === defaultLocale || hasDefinition(concept, locale),
      };
    })
    .sort((a, b) => compare(a.label, b.label) || a.concept.slug.localeCompare(b.concept.slug));
  const groups: LetterGroup[] = [];
  for (const item of items) {
    const letter = groupLetter(firstLetter(item.label, item.labelLang), compare);
    const last = groups.at(-1);
    if (last && compare(last.letter, letter) === 0) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return groups;
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
  const [first] = new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment(label);
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
