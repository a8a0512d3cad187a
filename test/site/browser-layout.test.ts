import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/browser-session.ts';

const session = browserSession();

describe('the layout in a browser', () => {
  it('navigates through the main menu', async () => {
    const page = await session.open('/');
    for (const [label, heading] of [['Glossary', 'Glossary'], ['Countries', 'Countries'], ['Mobility', 'Mobility'], ['Projects', 'Projects'], ['News', 'News'], ['Search', 'Search']]) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).getAttribute('aria-current')).toBe('page');
    }
  });

  it('offers a skip link as the first stop of the keyboard, which moves focus to the content', async () => {
    const page = await session.open('/glossary/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect.poll(() => skip.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });

  it('follows the device\'s dark setting', async () => {
    const background = async (colorScheme: 'light' | 'dark') => {
      const page = await session.open('/', { colorScheme });
      return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    expect(await background('light')).toBe('rgb(255, 255, 255)');
    expect(await background('dark')).toBe('rgb(16, 21, 27)');
  });

  it.each(['/', '/glossary/', '/glossary/learning-agreement/', '/countries/fi/', '/countries/compare/', '/mobility/guides/entry-residence/xk/', '/mobility/plan/xk-to-fi/', '/mobility/process/agreements/', '/projects/v2v/', '/search/?q=apprenticeship', '/cnr/glossary/learning-agreement/'])('fits a 320 px screen without horizontal scrolling: %s', async (pagePath) => {
    const page = await session.open(pagePath, { viewport: { width: 320, height: 640 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });

  it('reads without JavaScript', async () => {
    const page = await session.open('/glossary/apprenticeship/', { javaScriptEnabled: false });
    await expect.poll(() => page.locator('h1').textContent()).toBe('apprenticeship');
    expect(await page.locator('.definition .text').textContent()).toContain('vocational education and training');
  });
});
