import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { siteUrl } from './site.ts';

/**
 * One headless Chromium for a test file; each test opens fresh pages with
 * `open(path, options)`, which resolves paths against the served test site.
 */
export function browserSession() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(pagePath: string, options: BrowserContextOptions = {}): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      await page.goto(`${siteUrl()}${pagePath}`);
      return page;
    },
  };
}
