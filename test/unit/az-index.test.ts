import { describe, expect, it } from 'vitest';
import { azIndexItems, filterCounts, filteredAzIndex, paginateAzIndex } from '../../src/lib/glossary/az-index.ts';
import type { Concept } from '../../src/lib/glossary/concept.ts';

function concept(slug: string, terms: Record<string, string>, domain: Concept['domains'][number] = 'mobility', status: Concept['reviewStatus'] = 'draft', definitions: string[] = []): Concept {
  return {
    slug,
    domains: [domain],
    related: [],
    broader: [],
    narrower: [],
    countryNotes: [],
    reviewStatus: status,
    lastReviewed: '2026-11-24',
    languages: Object.entries(terms).map(([locale, term]) => ({
      locale: locale as never,
      terms: [{ term, type: 'full-form', status: 'preferred' }],
      definition: locale === 'en' || definitions.includes(locale) ? 'A definition.' : undefined,
      provenance: 'authored',
    })),
  };
}

const concepts = [
  concept('a', { en: 'certificate', sl: 'čakanje', fi: 'ääni' }, 'vet-systems', 'approved'),
  concept('b', { en: 'curriculum', sl: 'cilj', fi: 'zeta' }),
  concept('c', { en: 'École', sl: 'delo' }, 'labour-market', 'in-review', ['sl']),
  concept('d', { en: 'employer' }),
];

describe('the A-Z index', () => {
  it('groups letters the way each language does', () => {
    const letters = (locale: 'en' | 'sl' | 'fi') => filteredAzIndex(azIndexItems(concepts, locale), { domain: 'all', status: 'all' }).map((group) => group.letter);
    expect(letters('en')).toEqual(['C', 'E']);
    expect(letters('sl')).toEqual(['C', 'Č', 'D', 'E']);
    expect(letters('fi')).toEqual(['E', 'Z', 'Ä']);
  });

  it('lists concepts without a term in the language under their English term, marked', () => {
    const groups = filteredAzIndex(azIndexItems(concepts, 'sl'), { domain: 'all', status: 'all' });
    const employer = groups.flatMap((group) => group.items).find((item) => item.concept.slug === 'd')!;
    expect(employer).toMatchObject({ label: 'employer', labelLang: 'en', localPage: false });
    const delo = groups.flatMap((group) => group.items).find((item) => item.concept.slug === 'c')!;
    expect(delo).toMatchObject({ label: 'delo', labelLang: 'sl', localPage: true });
  });

  it('filters by domain and status, and counts each value', () => {
    expect(filteredAzIndex(azIndexItems(concepts, 'en'), { domain: 'mobility', status: 'all' }).flatMap((group) => group.items.map((item) => item.concept.slug))).toEqual(['b', 'd']);
    const counts = filterCounts(concepts, ['draft', 'in-review', 'approved'] as const, (status) => ({ domain: 'all', status }));
    expect(Object.fromEntries(counts)).toEqual({ all: 4, draft: 2, 'in-review': 1, approved: 1 });
  });

  it('keeps a small index on one page and splits a long one between whole letters', () => {
    const groups = filteredAzIndex(azIndexItems(concepts, 'sl'), { domain: 'all', status: 'all' });
    expect(paginateAzIndex(groups)).toEqual([groups]);
    const letters = (pages: ReturnType<typeof paginateAzIndex>) => pages.map((page) => page.map((group) => group.letter));
    expect(letters(paginateAzIndex(groups, 2))).toEqual([['C', 'Č'], ['D', 'E']]);
    // A letter longer than a page is not cut.
    const long = [{ letter: 'A', items: groups.flatMap((group) => group.items) }, ...groups];
    expect(letters(paginateAzIndex(long, 2))).toEqual([['A'], ['C', 'Č'], ['D', 'E']]);
    expect(paginateAzIndex([])).toEqual([[]]);
  });
});
