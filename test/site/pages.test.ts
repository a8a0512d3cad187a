import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/ui/de.json';
import en from '../../src/i18n/ui/en.json';
import { localeCodes } from '../../src/i18n/locales.ts';
import { builtHtml, builtPage, builtPages } from '../support/site.ts';

describe('the built site', () => {
  it.each(['/', '/projects/', '/projects/v2v/', '/projects/bbvet/', '/news/', '/news/2021-03-25-v2v-kick-off/', '/about/', '/accessibility/', '/partners/', '/search/', '/404.html'])('has %s', (pagePath) => {
    expect(builtPage(pagePath).querySelector('h1')?.textContent?.trim()).toBeTruthy();
  });

  it('gives every page the <html lang> of its locale', () => {
    const wrong = builtPages()
      .filter((pagePath) => !pagePath.startsWith('/pagefind/'))
      .filter((pagePath) => {
        const prefix = pagePath.split('/')[1];
        const expected = localeCodes.includes(prefix as never) ? prefix : 'en';
        return !builtHtml(pagePath).includes(`<html lang="${expected}"`);
      });
    expect(wrong).toEqual([]);
  });

  it('builds the home page in every partner language', () => {
    for (const locale of localeCodes.filter((code) => code !== 'en')) {
      expect(builtPage(`/${locale}/`).documentElement.getAttribute('lang')).toBe(locale);
    }
  });

  it('shows each project\'s funding acknowledgement, from the project data, in the footer', () => {
    const footer = builtPage('/').querySelector('footer')!.textContent!;
    expect(footer).toContain('Part-financed by the European Union (European Regional Development Fund)');
    expect(footer).toContain('Interreg South Baltic 2007-2013');
    expect(footer).toMatch(/Commission cannot be held responsible/);
  });

  it('lists the V2V partners and twinnings on the project page', () => {
    const page = builtPage('/projects/v2v/');
    expect(page.querySelectorAll('.partners li')).toHaveLength(12);
    expect(page.querySelectorAll('.twinning')).toHaveLength(5);
    expect(page.querySelector('#twinning-sedu-centre-of-competence-ferizaj a[href="/countries/compare/?c=fi,xk"]')).not.toBeNull();
  });

  it('names no BBVET partner that no source names, and says how many there are', () => {
    expect(builtPage('/projects/bbvet/').querySelector('main')!.textContent).toContain('The record counts 5 partners; their names are not yet documented here.');
  });

  it('marks English content inside pages of other languages, with a note in the reader\'s language', () => {
    const page = builtPage('/de/news/2021-03-25-v2v-kick-off/');
    expect(page.querySelector('.prose')!.getAttribute('lang')).toBe('en');
    expect(page.querySelector('[role="note"]')!.textContent!.trim()).toBe(de['language.onlyEnglish']);
    expect(de['language.onlyEnglish']).not.toBe(en['language.onlyEnglish']);
  });
});

describe('discovery', () => {
  it('lists pages in a sitemap with their language versions', () => {
    expect(builtHtml('/sitemap-index.xml')).toContain('sitemap-0.xml');
    const sitemap = builtHtml('/sitemap-0.xml');
    const entry = sitemap.slice(sitemap.indexOf('<loc>http://localhost:4321/glossary/apprenticeship/</loc>'));
    expect(entry.slice(0, entry.indexOf('</url>'))).toContain('hreflang="it" href="http://localhost:4321/it/glossary/apprenticeship/"');
    expect(sitemap).not.toContain('/glossary/filter/');
    expect(sitemap).not.toContain('/admin/');
  });

  it('tells robots where the sitemap is and keeps them out of the editor', () => {
    expect(builtHtml('/robots.txt')).toBe('User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: http://localhost:4321/sitemap-index.xml\n');
  });

  it('publishes an RSS feed of the news', () => {
    const feed = builtHtml('/news/feed.xml');
    expect(feed).toMatch(/^<\?xml[^>]*\?>\s*<rss version="2.0"/);
    expect(feed).toContain('<link>http://localhost:4321/news/2021-03-25-v2v-kick-off/</link>');
  });

  it('gives pages a canonical address, language alternates and link-preview data', () => {
    const page = builtPage('/countries/fi/');
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe('http://localhost:4321/countries/fi/');
    expect(page.querySelectorAll('link[rel="alternate"][hreflang]')).toHaveLength(17);
    expect(page.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe('http://localhost:4321/og-default.png');
    expect(page.querySelector('meta[name="twitter:card"]')!.getAttribute('content')).toBe('summary_large_image');
    expect(builtHtml('/og-default.png').slice(1, 4)).toBe('PNG');
  });
});
