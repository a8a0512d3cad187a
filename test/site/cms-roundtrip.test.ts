import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDecapServer } from '../../scripts/lib/decap-server.ts';
import { browserSession } from '../support/browser-session.ts';
import { git, logIn, throwawayClone } from '../support/cms.ts';
import { siteUrl } from '../support/site.ts';
import { testCmsPort } from '../support/site-setup.ts';

const session = browserSession();
let repo: string;
let decap: ChildProcess;

// decap-server in fs mode writes what the CMS sends, straight to the files, so
// the test sees the bytes the CMS produces for an entry it opened and saved.
beforeAll(async () => {
  repo = throwawayClone();
  decap = await startDecapServer(repo, testCmsPort, { mode: 'fs' });
});
afterAll(() => {
  decap?.kill();
  if (repo) rmSync(path.dirname(repo), { recursive: true, force: true });
});

const entries: Array<[string, string, string]> = [
  ['glossary', 'apprenticeship', 'content/glossary/apprenticeship.yaml'],
  ['countries', 'fi', 'content/countries/fi.md'],
  ['guide-topics', 'insurance', 'content/guide-topics/insurance.md'],
  ['guides', 'entry-residence/fi', 'content/guides/entry-residence/fi.md'],
  ['process', 'agreements', 'content/process/agreements.md'],
  ['projects', 'v2v', 'content/projects/v2v.md'],
  ['organisations', 'sedu', 'content/organisations/sedu.md'],
  ['twinnings', 'sedu-centre-of-competence-ferizaj', 'content/twinnings/sedu-centre-of-competence-ferizaj.md'],
  ['news', '2021-03-25-v2v-kick-off', 'content/news/2021-03-25-v2v-kick-off.md'],
  ['pages', 'about', 'content/pages/about.md'],
];

describe('the CMS round trip', () => {
  it.each(entries)('saving %s/%s changes only the field the editor changed, byte for byte', async (collection, slug, file) => {
    const target = path.join(repo, file);
    const original = readFileSync(target, 'utf8');
    const page = await session.open('/admin/');
    // The fs backend has no editorial workflow: publish directly.
    await page.route('**/admin/config.yml', async (route) => {
      const config = await (await route.fetch()).text();
      await route.fulfill({ body: config.replace('publish_mode: editorial_workflow', 'publish_mode: simple'), contentType: 'text/yaml' });
    });
    await logIn(page, siteUrl());
    const entryUrl = `${siteUrl()}/admin/#/collections/${collection}/entries/${slug}`;
    const firstField = async () => {
      const field = page.locator('input[type="text"]').first();
      await field.waitFor();
      // Let relation fields load their options first: they report their value when they have.
      await page.waitForLoadState('networkidle');
      return field;
    };
    const publish = async () => {
      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByRole('menuitem', { name: 'Publish now' }).click();
      await page.getByText('Entry saved').last().waitFor();
    };

    // The CMS saves only an entry that differs from what it loaded, so the
    // test changes the first text field, saves, and checks that the file
    // changed in that value alone; then it reloads, changes the value back,
    // saves, and checks that the file is byte for byte the original.
    await page.goto(entryUrl);
    let field = await firstField();
    const value = await field.inputValue();
    await field.press('End');
    await field.pressSequentially(' (edited)');
    await publish();
    // The first text field of every collection is its title or name.
    const titleLine = new RegExp(`^(\\s*(?:title|name): )${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm');
    const expected = original.replace(titleLine, `$1${value} (edited)`);
    expect(readFileSync(target, 'utf8') === expected, `the file changed beyond the edited value:\n${git(repo, 'diff', '--', file)}`).toBe(true);

    await page.reload();
    await page.goto(entryUrl);
    field = await firstField();
    await field.fill(value);
    await publish();
    expect(readFileSync(target, 'utf8') === original, `the file did not come back to its original bytes:\n${git(repo, 'diff', '--', file)}`).toBe(true);
  });
});
