import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { builtHtml, builtPage, builtPages } from '../support/site.ts';

const conceptPages = builtPages('glossary/*/index.html').filter((pagePath) => !['/glossary/filter/', '/glossary/translations/', '/glossary/export/'].includes(pagePath));
const exported = JSON.parse(builtHtml('/glossary/export/glossary.json')) as {
  concepts: Array<{ id: string; languages: Record<string, { terms: Array<{ term: string; status: string }>; definition?: string }> }>;
};

describe('the glossary', () => {
  it('has at least 120 concept pages', () => {
    expect(conceptPages.length).toBeGreaterThanOrEqual(120);
    expect(exported.concepts).toHaveLength(conceptPages.length);
  });

  it('shows terms in all 16 languages on every concept page, each with its lang', () => {
    for (const pagePath of conceptPages) {
      const page = builtPage(pagePath);
      const languages = new Set([...page.querySelectorAll('.terms .term[lang]')].map((term) => term.getAttribute('lang')));
      expect([...languages].sort(), pagePath).toEqual([...localeCodes].sort());
    }
  });

  it('agrees with its exports: every term on a page is in the JSON export, and the other way round', () => {
    for (const concept of exported.concepts) {
      const page = builtPage(`/glossary/${concept.id}/`);
      for (const [locale, language] of Object.entries(concept.languages)) {
        const onPage = [...page.querySelectorAll(`#terms-${locale} .term`)].map((term) => term.textContent);
        expect(onPage, `${concept.id} ${locale}`).toEqual(language.terms.map((term) => term.term));
      }
    }
  });

  it('links the first mention of "Learning Agreement" in running text to its concept', () => {
    const page = builtPage('/mobility/process/agreements/');
    const links = [...page.querySelectorAll('.prose a.term-link')].filter((link) => link.getAttribute('href') === '/glossary/learning-agreement/');
    expect(links).toHaveLength(1);
    const prose = page.querySelector('.prose')!;
    const firstMention = prose.textContent!.indexOf(links[0].textContent!);
    expect(prose.textContent!.toLowerCase().indexOf('learning agreement')).toBe(firstMention);
    expect(page.getElementById(links[0].getAttribute('aria-describedby')!)?.textContent).toContain('agreement');
  });

  it('lists the pages that mention a concept', () => {
    const mentions = [...builtPage('/glossary/learning-agreement/').querySelectorAll('section[aria-labelledby="mentioned-in"] a')].map((link) => link.getAttribute('href'));
    expect(mentions).toContain('/mobility/process/agreements/');
  });

  it('builds a page in a language only where the concept has a definition in it', () => {
    const italian = builtPage('/it/glossary/apprenticeship/');
    expect(italian.querySelector('h1')!.getAttribute('lang')).toBe('it');
    expect(italian.querySelector('h1')!.textContent).toBe('apprendistato');
    const withoutItalian = exported.concepts.find((concept) => !concept.languages.it?.definition)!;
    expect(builtPages(`it/glossary/${withoutItalian.id}/index.html`)).toEqual([]);
    const index = builtPage('/it/glossary/');
    const entry = index.querySelector(`a[href="/glossary/${withoutItalian.id}/"]`)!;
    expect(entry.parentElement!.querySelector('.badge')).not.toBeNull();
  });

  it('gives every concept page schema.org DefinedTerm data', () => {
    const script = builtPage('/glossary/apprenticeship/').querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!);
    expect(data).toMatchObject({ '@type': 'DefinedTerm', name: 'apprenticeship', inDefinedTermSet: { '@type': 'DefinedTermSet' } });
  });

  it('shows the dated history of a concept from Git', () => {
    const history = builtPage('/glossary/learning-agreement/').querySelectorAll('#history-heading + ol li time');
    expect(history.length).toBeGreaterThan(0);
    expect(history[0].getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('publishes an Atom feed of glossary changes', () => {
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(builtHtml('/glossary/changes.xml'));
    expect(feed.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.feed.entry.length).toBeGreaterThan(0);
  });

  it('reports the translation status of every language', () => {
    expect(builtPage('/glossary/translations/').querySelectorAll('tbody tr')).toHaveLength(16);
  });

  it('has filter pages for every domain and status, with counts', () => {
    const page = builtPage('/glossary/filter/mobility/all/');
    const shown = page.querySelectorAll('.groups .entries li').length;
    const count = page.querySelector('.filters a[aria-current="page"] .count')!.textContent;
    expect(count).toBe(`(${shown})`);
    expect(shown).toBeLessThan(conceptPages.length);
  });
});
