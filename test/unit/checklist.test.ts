import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/ui/en.json';
import { appliesTo, buildChecklist, type RouteCountry } from '../../src/lib/mobility/checklist.ts';
import type { Country } from '../../src/schemas/country.ts';
import { entriesOf } from '../support/real-content.ts';

const countries = new Map(entriesOf<Country>('countries').map(({ id, data }) => [id, { code: id, data } as RouteCountry]));
const route = (from: string, to: string) => buildChecklist(countries.get(from)!, countries.get(to)!);
const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);

describe('the mobility checklist, from the countries\' facts', () => {
  it('tells a Kosovo citizen going to Finland about visa-free short stays since 1 January 2024', () => {
    const visaFree = route('xk', 'fi').entry.find((item) => item.id === 'visa-free-short-stay')!;
    expect(visaFree.values).toEqual({ since: '2024-01-01' });
    expect(visaFree.links).toContainEqual({ kind: 'concept', slug: 'short-stay' });
    expect(ids(route('xk', 'fi').entry)).toContain('no-work-right');
  });

  it('uses each Western Balkan country\'s own visa-free date', () => {
    expect(route('me', 'de').entry[0].values).toEqual({ since: '2009-12-19' });
    expect(route('ba', 'it').entry[0].values).toEqual({ since: '2010-12-15' });
  });

  it('tells a Kosovo citizen that the EHIC does not cover them', () => {
    expect(ids(route('xk', 'fi').insurance)).toContain('ehic-not-insured-in-eu');
    expect(ids(route('xk', 'fi').insurance)).not.toContain('ehic-applies');
  });

  it('says between EU countries that no visa is needed and the EHIC applies', () => {
    const checklist = route('it', 'de');
    expect(ids(checklist.entry)).toEqual(['eu-free-movement', 'eu-registration']);
    expect(ids(checklist.insurance)).toContain('ehic-applies');
    expect(ids(checklist.documents)).toContain('ehic-card');
  });

  it('says the EHIC is not valid in a host outside the EU', () => {
    expect(ids(route('fi', 'xk').insurance)).toContain('ehic-not-valid-in-host');
    expect(ids(route('fi', 'xk').entry)).toEqual(['national-rules']);
  });

  it('points to national rules between Western Balkan countries', () => {
    expect(ids(route('ba', 'xk').entry)).toEqual(['national-rules']);
    expect(ids(route('ba', 'xk').safety)).toContain('national-safety-law');
  });

  it('adds the young-worker rules only for minors, and permits only for long stays', () => {
    const checklist = route('xk', 'fi');
    const minorShort = [...checklist.safety, ...checklist.entry, ...checklist.documents].filter((item) => appliesTo(item, { age: 'minor', length: 'short' }));
    const adultLong = [...checklist.safety, ...checklist.entry, ...checklist.documents].filter((item) => appliesTo(item, { age: 'adult', length: 'long' }));
    expect(ids(minorShort)).toContain('young-workers');
    expect(ids(minorShort)).not.toContain('long-stay-permit');
    expect(ids(adultLong)).toContain('long-stay-permit');
    expect(ids(adultLong)).not.toContain('young-workers');
  });

  it('links every route to the Learning Agreement', () => {
    for (const [from, to] of [['xk', 'fi'], ['it', 'de'], ['ba', 'me']]) {
      expect(route(from, to).documents.find((item) => item.id === 'learning-agreement')!.links).toContainEqual({ kind: 'concept', slug: 'learning-agreement' });
    }
  });

  it('has a UI string for every item of every route', () => {
    for (const from of countries.keys()) {
      for (const to of countries.keys()) {
        if (from === to) continue;
        for (const item of Object.values(route(from, to)).flat()) expect(en).toHaveProperty([item.text]);
      }
    }
  });

  it('refuses a route from a country to itself', () => {
    expect(() => route('fi', 'fi')).toThrow('two different countries');
  });
});
