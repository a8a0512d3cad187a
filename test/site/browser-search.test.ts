import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../support/browser-session.ts';

const session = browserSession();

async function firstResults(page: Page): Promise<string[]> {
  await page.locator('[data-search-results] li').first().waitFor();
  return page.locator('[data-search-results] li a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

// A teacher types the word they know, in their language, from their language's pages.
const queries: Array<[string, string, string]> = [
  ['en', 'apprenticeship', '/glossary/apprenticeship/'],
  ['it', 'apprendistato', '/it/glossary/apprenticeship/'],
  ['pl', 'praktyka zawodowa', '/glossary/work-placement/'],
  ['sq', 'praktikë', '/glossary/work-placement/'],
  ['de', 'Ausbildung', '/de/glossary/apprenticeship/'],
  ['fi', 'Ausbildung', '/fi/glossary/apprenticeship/'],
  ['fi', 'oppisopimuskoulutus', '/fi/glossary/apprenticeship/'],
  ['nl', 'leerovereenkomst', '/nl/glossary/learning-agreement/'],
  ['es', 'acuerdo de aprendizaje', '/es/glossary/learning-agreement/'],
  ['sv', 'lärlingsutbildning', '/sv/glossary/apprenticeship/'],
  ['lt', 'mokymosi sutartis', '/lt/glossary/learning-agreement/'],
  ['hr', 'skolovanja', '/glossary/early-leaving-from-education-and-training/'],
  ['sl', 'vajenistvo', '/sl/glossary/apprenticeship/'],
  ['en', 'Europese ziekteverzekeringskaart', '/glossary/european-health-insurance-card/'],
  ['de', 'Ferizaj', '/de/partners/centre-of-competence-ferizaj/'],
];

describe('search in a browser', () => {
  it.each(queries)('in %s, "%s" finds %s first', async (locale, query, expected) => {
    const prefix = locale === 'en' ? '' : `/${locale}`;
    const page = await session.open(`${prefix}/search/?q=${encodeURIComponent(query)}`);
    expect((await firstResults(page))[0]).toBe(expected);
  });

  it('finds a guide from the header search and opens it', async () => {
    const page = await session.open('/');
    await page.getByRole('combobox', { name: 'Search the site' }).or(page.getByRole('searchbox', { name: 'Search the site' })).first().fill('health insurance Finland');
    const results = page.locator('#site-search-results [role="option"]');
    await results.first().waitFor();
    expect(await results.first().getAttribute('href')).toBe('/mobility/guides/insurance/fi/');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Results' }).count()).toBeGreaterThan(0);
  });

  it('moves through results with the arrow keys, opens one with Enter and closes with Escape', async () => {
    const page = await session.open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('learning agreement');
    const options = page.locator('#site-search-results [role="option"]');
    await options.nth(1).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#site-search-input').getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.search-panel').isVisible()).toBe(false);
    await page.keyboard.type('ecvet');
    await expect.poll(() => options.first().getAttribute('href')).toBe('/glossary/ecvet/');
    await page.keyboard.press('ArrowDown');
    const target = await options.first().getAttribute('href');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(target);
  });

  it('narrows results with filters, showing counts per value', async () => {
    const page = await session.open('/search/?q=insurance');
    await firstResults(page);
    const status = page.locator('[data-search-status]');
    const total = Number((await status.textContent())!.match(/\d+/)![0]);
    const concepts = page.locator('[data-filters] label').filter({ hasText: 'Glossary concept' });
    const count = Number(await concepts.locator('.count').textContent());
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await concepts.locator('input').check();
    await expect.poll(async () => Number((await status.textContent())!.match(/\d+/)![0])).toBe(count);
    expect(page.url()).toContain('type=concept');
    const types = await page.locator('[data-search-results] .search-hit-type').allTextContents();
    expect(new Set(types)).toEqual(new Set(['Glossary concept']));
  });

  it('loads no search code or index until the reader starts to search', async () => {
    const requested: string[] = [];
    const page = await session.open('/glossary/apprenticeship/');
    page.on('request', (request) => requested.push(request.url()));
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.locator('#site-search-input').focus();
    await page.keyboard.type('ecvet');
    await page.locator('#site-search-results [role="option"]').first().waitFor();
    expect(requested.filter((url) => url.includes('/pagefind/')).length).toBeGreaterThan(0);
  });
});
