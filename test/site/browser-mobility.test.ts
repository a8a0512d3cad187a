import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/browser-session.ts';

const session = browserSession();

describe('the mobility planner and the country comparison in a browser', () => {
  it('turns a choice of countries, age and length into the route\'s checklist', async () => {
    const page = await session.open('/mobility/plan/');
    await page.getByLabel('Home country (nationality)').selectOption('xk');
    await page.getByLabel('Host country').selectOption('fi');
    await page.getByLabel('Age group').selectOption('minor');
    await page.getByLabel('Length of stay').selectOption('short');
    await page.getByRole('button', { name: 'Show the checklist' }).click();
    await expect.poll(() => page.url()).toMatch(/\/mobility\/plan\/xk-to-fi\/\?age=minor&length=short$/);
    await expect.poll(() => page.locator('[data-item="young-workers"]').isVisible()).toBe(true);
    expect(await page.locator('[data-item="long-stay-permit"]').isVisible()).toBe(false);
    expect(await page.locator('[data-item="visa-free-short-stay"]').textContent()).toContain('1 January 2024');
  });

  it('refines the checklist without reloading, and keeps the choice in the address', async () => {
    const page = await session.open('/mobility/plan/ba-to-de/');
    await page.getByRole('radio', { name: 'Longer than 90 days' }).check();
    await expect.poll(() => page.locator('[data-item="long-stay-permit"]').isVisible()).toBe(true);
    expect(await page.locator('[data-item="rolling-window"]').isVisible()).toBe(false);
    await page.getByRole('radio', { name: '18 or older' }).check();
    expect(await page.locator('[data-item="young-workers"]').isVisible()).toBe(false);
    expect(page.url()).toContain('length=long');
    expect(page.url()).toContain('age=adult');
  });

  it('says when home and host are the same country', async () => {
    const page = await session.open('/mobility/plan/');
    await page.getByLabel('Home country (nationality)').selectOption('fi');
    await page.getByLabel('Host country').selectOption('fi');
    await page.getByRole('button', { name: 'Show the checklist' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('choose two different countries');
  });

  it('narrows the comparison to the countries of a twinning from the link\'s address', async () => {
    const page = await session.open('/countries/compare/?c=fi,xk');
    await expect.poll(() => page.locator('tbody tr:visible').count()).toBe(2);
    await page.getByRole('checkbox', { name: 'Italy' }).check();
    await expect.poll(() => page.locator('tbody tr:visible').count()).toBe(3);
    // In the order of the page: countries sorted by their English names.
    expect(new URL(page.url()).searchParams.get('c')).toBe('fi,it,xk');
  });

  it('shows every country in the comparison without JavaScript', async () => {
    const page = await session.open('/countries/compare/?c=fi,xk', { javaScriptEnabled: false });
    expect(await page.locator('tbody tr:visible').count()).toBe(15);
  });
});
