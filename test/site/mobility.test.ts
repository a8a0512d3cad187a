import { describe, expect, it } from 'vitest';
import { builtPage, builtPages } from '../support/site.ts';

const countries = ['it', 'nl', 'fi', 'si', 'hr', 'me', 'ba', 'xk', 'es', 'be', 'pl', 'se', 'dk', 'lt', 'de'];
const topics = ['entry-residence', 'insurance', 'safety-at-work', 'recognition', 'covid-19'];

describe('countries and mobility', () => {
  it('has a page for each of the 15 countries, with sourced facts', () => {
    for (const code of countries) {
      const page = builtPage(`/countries/${code}/`);
      const citation = page.querySelector('.facts .cite')!;
      expect(page.getElementById(citation.getAttribute('href')!.slice(1)), code).not.toBeNull();
    }
  });

  it('compares all 15 countries side by side', () => {
    expect(builtPage('/countries/compare/').querySelectorAll('tbody tr[data-country]')).toHaveLength(15);
  });

  it('has a guide for each topic and host country', () => {
    for (const topic of topics) for (const code of countries) expect(builtPages(`mobility/guides/${topic}/${code}/index.html`), `${topic}/${code}`).toHaveLength(1);
  });

  it('marks the Covid-19 guides as archived, dated history', () => {
    const notice = builtPage('/mobility/guides/covid-19/fi/').querySelector('.notice.archive')!;
    expect(notice.textContent).toContain('no longer in force');
    expect(notice.textContent).toContain('1 July 2023');
  });

  it('shows the out-of-date notice on guides past their review date (the test build treats 1 July 2027 as today)', () => {
    expect(builtPage('/mobility/guides/entry-residence/fi/').querySelector('[data-overdue-notice]')).not.toBeNull();
    expect(builtPage('/mobility/guides/insurance/fi/').querySelector('[data-overdue-notice]')).toBeNull();
    const due = [...builtPage('/mobility/').querySelectorAll('.due a')].map((link) => link.getAttribute('href'));
    expect(due).toContain('/mobility/guides/entry-residence/fi/');
    expect(due).not.toContain('/mobility/guides/insurance/fi/');
  });

  it('pre-renders a planner page for every ordered pair of countries', () => {
    expect(builtPages('mobility/plan/*-to-*/index.html')).toHaveLength(15 * 14);
  });

  it('tells a Kosovo citizen going to Finland the entry, insurance and document rules', () => {
    const page = builtPage('/mobility/plan/xk-to-fi/');
    const entry = page.querySelector('[data-section="entry"]')!.textContent!;
    expect(entry).toContain('Citizens of Kosovo with a biometric passport need no visa for short stays in the Schengen area, which includes Finland: up to 90 days in any 180-day period. This has applied since 1 January 2024.');
    expect(entry).toContain('Visa-free entry does not by itself allow work.');
    expect(page.querySelector('[data-section="insurance"]')!.textContent).toContain('does not cover a participant insured in Kosovo');
    expect(page.querySelector('[data-section="documents"] a[href="/glossary/learning-agreement/"]')).not.toBeNull();
  });

  it('tells an Italian going to Germany that no visa is needed and the EHIC applies', () => {
    const page = builtPage('/mobility/plan/it-to-de/');
    expect(page.querySelector('[data-section="entry"]')!.textContent).toContain('No visa is needed.');
    expect(page.querySelector('[data-section="insurance"]')!.textContent).toContain('The European Health Insurance Card (EHIC) issued in Italy covers necessary state healthcare in Germany');
  });

  it('marks items that apply to one age group or length only, so all variants read without JavaScript', () => {
    const page = builtPage('/mobility/plan/ba-to-de/');
    expect(page.querySelector('[data-item="young-workers"]')!.getAttribute('data-age')).toBe('minor');
    expect(page.querySelector('[data-item="young-workers"] .only')!.textContent).toBe('Under 18');
    expect(page.querySelector('[data-item="long-stay-permit"]')!.getAttribute('data-length')).toBe('long');
  });

  it('has the eleven steps of the mobility process, and a list per kind of mobility', () => {
    expect(builtPages('mobility/process/*/index.html').filter((pagePath) => !pagePath.includes('/for/'))).toHaveLength(11);
    const staff = builtPage('/mobility/process/for/staff-mobility/').querySelectorAll('.steps li').length;
    expect(staff).toBeGreaterThan(0);
    expect(staff).toBeLessThan(11);
  });
});
