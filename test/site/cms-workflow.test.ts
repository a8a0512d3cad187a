import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { startDecapServer } from '../../scripts/lib/decap-server.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { browserSession } from '../support/browser-session.ts';
import { choose, git, logIn, throwawayClone } from '../support/cms.ts';
import { siteUrl } from '../support/site.ts';
import { testCmsPort } from '../support/site-setup.ts';

const session = browserSession();
let repo: string;
let decap: ChildProcess;
let start: string;

beforeAll(async () => {
  repo = throwawayClone();
  start = git(repo, 'rev-parse', 'main');
  decap = await startDecapServer(repo, testCmsPort);
});
afterAll(() => {
  decap?.kill();
  if (repo) rmSync(path.dirname(repo), { recursive: true, force: true });
});

/** Moves the open entry through the workflow: in review, ready, published. */
async function reviewAndPublish(page: Page): Promise<void> {
  for (const status of ['In review', 'Ready']) {
    await page.getByRole('button', { name: /^Status:/ }).click();
    await page.getByRole('menuitem', { name: status }).click();
    await page.getByRole('button', { name: `Status: ${status}` }).waitFor();
  }
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await page.getByText('Entry published').first().waitFor();
}

describe('the editorial workflow in the real CMS, against decap-server in Git mode', () => {
  it('creates a concept and edits a guide as drafts, reviews and publishes them, and main gets exactly those files', async () => {
    const page = await session.open('/admin/');
    // The CMS asks for confirmation before publishing.
    page.on('dialog', (dialog) => void dialog.accept());
    await logIn(page, siteUrl());

    // A new concept, saved as a draft: a branch of its own.
    await page.goto(`${siteUrl()}/admin/#/collections/glossary/new`);
    await page.getByLabel('Concept name (English)').first().fill('Quality charter');
    await page.getByRole('button', { name: 'Add terms' }).first().click();
    await page.getByLabel('Term', { exact: true }).first().fill('quality charter');
    await choose(page, 'Type', 'Full form');
    await choose(page, 'Status', 'Preferred');
    await page.getByLabel('Definition', { exact: true }).first().fill('A written commitment in which a school sets out how it organises mobility and the quality it promises to learners and partners.');
    await page.getByLabel('Title', { exact: true }).first().fill('Erasmus quality standards');
    await page.getByLabel('Publisher', { exact: true }).first().fill('European Commission');
    await page.getByLabel('Year', { exact: true }).first().fill('2021');
    await choose(page, 'Provenance', 'Authored');
    await choose(page, 'Domains', 'Mobility');
    await choose(page, 'Review status', 'Draft');
    await page.getByRole('button', { name: 'Now' }).first().click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Status: Draft' }).waitFor();
    expect(git(repo, 'branch', '--list', 'cms/glossary/quality-charter')).toContain('cms/glossary/quality-charter');
    expect(git(repo, 'rev-parse', 'main')).toBe(start);
    await reviewAndPublish(page);

    // An existing guide, edited the same way (loaded afresh: the editor keeps
    // the previous entry's state across a change of address alone).
    await page.goto(`${siteUrl()}/admin/#/collections/guides/entries/entry-residence/fi`);
    await page.reload();
    const summary = page.getByLabel('Summary', { exact: true }).first();
    await summary.waitFor();
    await summary.fill(`${await summary.inputValue()} Check the Finnish Immigration Service's pages before each mobility.`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Status: Draft' }).waitFor();
    await reviewAndPublish(page);

    // main holds exactly the two files, nothing else was committed, no draft branch is left.
    expect(git(repo, 'diff', '--name-only', start, 'main').split('\n').sort()).toEqual(['content/glossary/quality-charter.yaml', 'content/guides/entry-residence/fi.md']);
    expect(git(repo, 'status', '--porcelain')).toBe('');
    expect(git(repo, 'branch', '--list', 'cms/*')).toBe('');
  });

  it('builds the published content: the new concept has its page and the search finds it', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'vet-cms-site-'));
    // Built from a clone of main, as a deployment would: decap-server may
    // still be working in its own tree, so leave that tree alone.
    const published = path.join(out, 'published');
    try {
      git(repo, 'clone', '--quiet', '--branch', 'main', repo, published);
      const site = path.join(out, 'site');
      const { code, output } = await buildSite(process.cwd(), { VET_CONTENT_DIR: path.join(published, 'content'), VET_OUT_DIR: site }, false);
      expect(code, output.slice(-2000)).toBe(0);
      expect(existsSync(path.join(site, 'glossary', 'quality-charter', 'index.html'))).toBe(true);
      const server = await startStaticServer({ root: site, port: 0 });
      try {
        const page = await session.open('/');
        await page.goto(`http://localhost:${server.port}/search/?q=${encodeURIComponent('quality charter')}`);
        await page.locator('[data-search-results] li').first().waitFor();
        expect(await page.locator('[data-search-results] li a').first().getAttribute('href')).toBe('/glossary/quality-charter/');
      } finally {
        server.close();
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
