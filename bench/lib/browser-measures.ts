import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { median } from './median.ts';

/** Bytes a reader downloads for one response: text compressed as a static host would (gzip), binary files as they are. */
async function transferBytes(response: Response): Promise<number> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const type = response.headers()['content-type'] ?? '';
  return /text|javascript|json|xml|svg/.test(type) ? gzipSync(body).length : body.length;
}

type Kind = 'html' | 'css' | 'js' | 'other';

function kindOf(response: Response): Kind {
  const type = response.request().resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  return 'other';
}

/** What a first visit to a page downloads before any interaction, by kind, in compressed bytes. */
export interface PageWeight {
  url: string;
  html: number;
  css: number;
  js: number;
  other: number;
  requests: number;
}

/** Loads a page in a fresh browser context (empty cache) and adds up what it fetched until the network is idle. */
export async function pageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const pending: Array<Promise<[Kind, number]>> = [];
  page.on('response', (response) => pending.push(transferBytes(response).then((bytes) => [kindOf(response), bytes])));
  await page.goto(url, { waitUntil: 'networkidle' });
  const weight: PageWeight = { url, html: 0, css: 0, js: 0, other: 0, requests: pending.length };
  for (const [kind, bytes] of await Promise.all(pending)) weight[kind] += bytes;
  await context.close();
  return weight;
}

/** How a site's search does for a reader: bytes fetched and time to results. */
export interface SearchPayload {
  /** Bytes fetched (compressed) from typing the first query to its results. */
  firstQueryBytes: number;
  /** Bytes fetched over a session of the queries, first included. */
  sessionBytes: number;
  queries: string[];
  /** Milliseconds from a query entered into the empty field to its first result on screen, the index warm: median and each query. */
  queryToResultMs: { median: number; each: number[] };
}

/** The search field and result list of a site's search, and how to open it. */
export interface SearchUi {
  /** Page to start from. */
  path: string;
  input: string;
  /** A result item, there once results are shown. */
  results: string;
  /** Opens the search UI, for sites whose field sits in a dialog. */
  open?: (page: Page) => Promise<void>;
}

async function typeQuery(page: Page, ui: SearchUi, query: string): Promise<void> {
  const input = page.locator(ui.input).first();
  await input.fill('');
  await input.pressSequentially(query, { delay: 30 });
  await page.locator(ui.results).first().waitFor();
  await page.waitForLoadState('networkidle');
}

/**
 * Milliseconds from entering `query` into an empty search field to its first
 * result on screen, by the browser's clock. The field is emptied first and
 * the query arrives as one input event, so every sample times a fresh query
 * the same way on both sites (typing the last letter of a word often changes
 * nothing on screen, which would time nothing).
 */
async function queryToResult(page: Page, ui: SearchUi, query: string): Promise<number> {
  const input = page.locator(ui.input).first();
  await input.fill('');
  const noResultShown = (selector: string) => ![...document.querySelectorAll(selector)].some((element) => element.getClientRects().length > 0);
  await page.waitForFunction(noResultShown, ui.results, { timeout: 10_000 });
  await page.waitForTimeout(300);
  // Watched from the page itself, frame by frame, so the browser's own clock times it.
  await page.evaluate(
    ({ field, results }) => {
      const state = window as unknown as { inputAt?: number; shownAt?: number };
      state.inputAt = undefined;
      state.shownAt = undefined;
      document.querySelector(field)!.addEventListener('input', (event) => (state.inputAt = event.timeStamp), { once: true });
      const watch = () => {
        const shown = [...document.querySelectorAll(results)].some((element) => element.getClientRects().length > 0);
        if (state.inputAt !== undefined && shown) state.shownAt = performance.now();
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    },
    { field: ui.input, results: ui.results },
  );
  await input.fill(query);
  await page.waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt !== undefined, undefined, { timeout: 10_000 });
  return page.evaluate(() => {
    const state = window as unknown as { inputAt: number; shownAt: number };
    return Math.round(state.shownAt - state.inputAt);
  });
}

/**
 * One timing, taken again (up to three tries) when no result shows within
 * 10 s. A sample that fails three times is recorded as NaN and left
 * out of the median, so one lost sample does not cost a whole benchmark run.
 */
async function sampleWithRetries(page: Page, ui: SearchUi, query: string): Promise<number> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return await queryToResult(page, ui, query);
    } catch (error) {
      console.warn(`  search timing for "${query}", try ${attempt} of 3: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return Number.NaN;
}

/**
 * Types queries into a site's search as a reader would and measures what it
 * costs: bytes for the first query and for the whole session, then, with the
 * index warm, the time from each query entered into the empty field to its
 * first result on screen.
 */
export async function searchPayload(browser: Browser, origin: string, ui: SearchUi, queries: string[]): Promise<SearchPayload> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  await page.goto(`${origin}${ui.path}`, { waitUntil: 'networkidle' });
  await ui.open?.(page);
  let counting: Array<Promise<number>> = [];
  page.on('response', (response) => counting.push(transferBytes(response)));
  const sum = async () => (await Promise.all(counting)).reduce((total, bytes) => total + bytes, 0);
  counting = [];
  await typeQuery(page, ui, queries[0]);
  const firstQueryBytes = await sum();
  for (const query of queries.slice(1)) await typeQuery(page, ui, query);
  const sessionBytes = await sum();

  const each: number[] = [];
  for (const query of queries) each.push(await sampleWithRetries(page, ui, query));
  await context.close();
  return { firstQueryBytes, sessionBytes, queries, queryToResultMs: { median: median(each), each } };
}
