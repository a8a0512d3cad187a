import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/browser-session.ts';

const session = browserSession();

describe('the glossary in a browser', () => {
  it('filters the A-Z index by domain and status without JavaScript', async () => {
    const page = await session.open('/glossary/', { javaScriptEnabled: false });
    const all = await page.locator('.groups .entries li').count();
    await page.getByRole('link', { name: /^Labour market/ }).click();
    await expect.poll(() => page.url()).toMatch(/\/glossary\/filter\/labour-market\/all\/$/);
    const labour = await page.locator('.groups .entries li').count();
    expect(labour).toBeGreaterThan(0);
    expect(labour).toBeLessThan(all);
    expect(await page.locator('.shown').textContent()).toContain(String(labour));
    await page.getByRole('link', { name: /^In review/ }).click();
    await expect.poll(() => page.url()).toMatch(/\/glossary\/filter\/labour-market\/in-review\/$/);
    await page.locator('.letters a').first().click();
    await expect.poll(() => page.url()).toMatch(/#letter-/);
  });

  it('shows a term\'s short definition when its link gets keyboard focus, and hides it on Escape', async () => {
    const page = await session.open('/mobility/process/agreements/');
    const link = page.locator('.prose a.term-link').first();
    await link.focus();
    const bubble = page.locator('.term-bubble');
    await expect.poll(() => bubble.isVisible()).toBe(true);
    const describedBy = await link.getAttribute('aria-describedby');
    expect(await bubble.textContent()).toBe(await page.locator(`[id="${describedBy}"]`).textContent());
    await page.keyboard.press('Escape');
    await expect.poll(() => bubble.isVisible()).toBe(false);
  });

  it('shows the preview on a first tap and follows the link on the second', async () => {
    const page = await session.open('/mobility/process/agreements/', { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const link = page.locator('.prose a.term-link').first();
    const href = await link.getAttribute('href');
    await link.tap();
    await expect.poll(() => page.locator('.term-bubble').isVisible()).toBe(true);
    expect(page.url()).toContain('/mobility/process/agreements/');
    await link.tap();
    await expect.poll(() => page.url()).toContain(href!);
  });

  it('shows a concept in another language with that language first', async () => {
    const page = await session.open('/it/glossary/apprenticeship/');
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    expect(await page.locator('h1').textContent()).toBe('apprendistato');
    expect(await page.locator('.definition .text').getAttribute('lang')).toBe('it');
    expect(await page.locator('#terms-it').getAttribute('aria-current')).toBe('true');
  });

  it('switches language on a concept page to the same concept', async () => {
    const page = await session.open('/glossary/apprenticeship/');
    await page.locator('.language-switcher summary').click();
    await page.locator('.language-switcher a[hreflang="de"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/de/glossary/apprenticeship/');
    expect(await page.locator('h1').getAttribute('lang')).toBe('de');
  });

  it('lands on the English concept with a note in the reader\'s language where the concept has no definition in it yet', async () => {
    const page = await session.open('/glossary/twinning/');
    await page.locator('.language-switcher summary').click();
    await page.locator('.language-switcher a[hreflang="fi"]').click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#fallback-fi');
    const note = page.locator('#fallback-fi');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.getAttribute('lang')).toBe('fi');
    expect(await page.locator('#fallback-de').isVisible()).toBe(false);
  });
});
