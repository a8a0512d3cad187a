import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { browserSession } from '../support/browser-session.ts';
import { builtHtml, builtPages, siteUrl } from '../support/site.ts';

const session = browserSession();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core's WCAG 2.1 A and AA rules on the open page; returns the violations, readably. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
  });
  return violations;
}

// One page of every page type.
const pageTypes = [
  '/',
  '/glossary/',
  '/glossary/filter/mobility/in-review/',
  '/glossary/apprenticeship/',
  '/it/glossary/apprenticeship/',
  '/glossary/translations/',
  '/countries/',
  '/countries/xk/',
  '/countries/compare/',
  '/mobility/',
  '/mobility/guides/',
  '/mobility/guides/insurance/',
  '/mobility/guides/entry-residence/fi/',
  '/mobility/guides/covid-19/it/',
  '/mobility/process/',
  '/mobility/process/for/job-shadowing/',
  '/mobility/process/agreements/',
  '/mobility/plan/',
  '/mobility/plan/xk-to-fi/',
  '/projects/',
  '/projects/v2v/',
  '/partners/',
  '/partners/sedu/',
  '/news/',
  '/news/2021-03-25-v2v-kick-off/',
  '/about/',
  '/accessibility/',
  '/editors/',
  '/search/?q=learning+agreement',
  '/404.html',
];

describe('accessibility (WCAG 2.1 A and AA, axe-core)', () => {
  describe.each(['light', 'dark'] as const)('in %s colours', (colorScheme) => {
    it.each(pageTypes)('%s has no violations', async (pagePath) => {
      const page = await session.open(pagePath, { colorScheme, bypassCSP: true });
      if (pagePath.startsWith('/search/')) await page.locator('[data-search-results] li').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it.each(localeCodes.filter((code) => code !== 'en'))('the %s home page has no violations', async (locale) => {
    const page = await session.open(`/${locale}/`, { bypassCSP: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no violations with the term preview and the search panel open', async () => {
    const page = await session.open('/mobility/process/agreements/', { bypassCSP: true });
    await page.locator('.prose a.term-link').first().focus();
    await page.locator('.term-bubble').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#site-search-input').fill('ecvet');
    await page.locator('#site-search-results [role="option"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('keyboard use', () => {
  it('reaches the skip link, the site name, the language switcher, the menu and the search in that order, with visible focus', async () => {
    const page = await session.open('/countries/');
    const stops: string[] = [];
    for (let step = 0; step < 10; step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return { text: (element.textContent || element.getAttribute('placeholder') || element.tagName).trim(), outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      expect(focused.outline, `focus is visible on ${focused.text}`).toBe(true);
      stops.push(focused.text);
    }
    expect(stops.slice(0, 10)).toEqual(['Skip to main content', 'VET Commons', expect.stringContaining('English'), 'Glossary', 'Countries', 'Mobility', 'Projects', 'News', 'Search', 'Type a word in any partner language']);
  });

  it('finds a concept from the home page with the keyboard alone', async () => {
    const page = await session.open('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    for (let step = 0; step < 2; step++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Glossary');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/glossary\/$/);
    const firstConcept = page.locator('.groups .entries a').first();
    await firstConcept.focus();
    const target = await firstConcept.getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${target}$`));
  });

  it('plans a mobility with the keyboard alone', async () => {
    const page = await session.open('/mobility/plan/');
    await page.getByLabel('Home country (nationality)').focus();
    await page.keyboard.type('Kosovo');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Finland');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Show the checklist');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/mobility\/plan\/xk-to-fi\/$/);
  });

  it('respects a request for reduced motion', async () => {
    const page = await session.open('/', { reducedMotion: 'reduce' });
    const durations = await page.evaluate(() => [...document.querySelectorAll('*')].map((element) => parseFloat(getComputedStyle(element).transitionDuration) + parseFloat(getComputedStyle(element).animationDuration)));
    expect(Math.max(...durations)).toBeLessThan(0.01);
  });
});

describe('security', () => {
  it('gives every public page a strict Content-Security-Policy without unsafe-inline scripts', () => {
    const missing = builtPages().filter((pagePath) => {
      const html = builtHtml(pagePath);
      const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
      return !policy || !/script-src 'self'/.test(policy) || /script-src[^;]*unsafe-inline/.test(policy) || !policy.includes("default-src 'self'");
    });
    expect(missing).toEqual([]);
  });

  it('runs public pages under their policy without a violation, and the editor under its own', async () => {
    const violations: string[] = [];
    const page = await session.open('/');
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    for (const pagePath of ['/glossary/apprenticeship/', '/mobility/process/agreements/', '/countries/compare/?c=fi,xk', '/mobility/plan/xk-to-fi/?age=minor']) await page.goto(`${siteUrl()}${pagePath}`);
    await page.goto(`${siteUrl()}/it/search/?q=apprendistato`);
    await page.locator('[data-search-results] li').first().waitFor();
    expect(violations).toEqual([]);
    const admin = await fetch(`${siteUrl()}/admin/`);
    expect(admin.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await admin.text()).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'unsafe-eval'/);
  });

  it('makes no request to another origin from public pages', async () => {
    const foreign: string[] = [];
    const page = await session.open('/');
    page.on('request', (request) => {
      if (!request.url().startsWith(siteUrl()) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    for (const pagePath of ['/', '/glossary/apprenticeship/', '/countries/fi/', '/mobility/guides/insurance/fi/', '/projects/v2v/', '/de/']) {
      await page.goto(`${siteUrl()}${pagePath}`);
      await page.waitForLoadState('networkidle');
    }
    await page.goto(`${siteUrl()}/search/?q=ecvet`);
    await page.locator('[data-search-results] li').first().waitFor();
    expect(foreign).toEqual([]);
  });
});
