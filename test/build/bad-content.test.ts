import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import type { CollectionName } from '../../src/schemas/collection-names.ts';
import { copyContent, editEntry } from '../support/content-fixture.ts';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the real `astro build` on a content tree with one broken entry. */
async function buildWith(collection: CollectionName, file: string, edit: (data: Record<string, any>) => void) {
  const content = copyContent();
  cleanup.push(path.dirname(content));
  editEntry(content, collection, file, edit);
  const out = mkdtempSync(path.join(tmpdir(), 'vet-out-'));
  cleanup.push(out);
  return buildSite(process.cwd(), { VET_CONTENT_DIR: content, VET_OUT_DIR: out }, false);
}

const cases: Array<[CollectionName, string, string, (data: Record<string, any>) => void, string]> = [
  ['glossary', 'apprenticeship.yaml', 'missing', (data) => delete data.en.definition, 'en.definition: is required'],
  ['glossary', 'apprenticeship.yaml', 'unknown reference', (data) => (data.en.broader = ['nowhere']), 'en.broader[0]: refers to an entry that does not exist in content/glossary/ (value: "nowhere")'],
  ['countries', 'fi.md', 'missing', (data) => delete data.schengen, 'schengen: is required'],
  ['countries', 'fi.md', 'unknown reference', (data) => (data.eu.source = 'gone'), 'eu.source: cites a source key that is not in this entry\'s sources (value: "gone")'],
  ['guide-topics', 'insurance.md', 'missing', (data) => delete data.review_interval_months, 'review_interval_months: is required'],
  ['guides', 'insurance/fi.md', 'missing', (data) => delete data.last_reviewed, 'last_reviewed: is required'],
  ['guides', 'insurance/fi.md', 'unknown reference', (data) => (data.country = 'zz'), 'country: refers to an entry that does not exist in content/countries/ (value: "zz")'],
  ['process', 'agreements.md', 'missing', (data) => delete data.who, 'who: is required'],
  ['process', 'agreements.md', 'unknown reference', (data) => (data.guide_topics = ['nothing']), 'guide_topics[0]: refers to an entry that does not exist in content/guide-topics/ (value: "nothing")'],
  ['projects', 'v2v.md', 'missing', (data) => delete data.acronym, 'acronym: is required'],
  ['projects', 'v2v.md', 'unknown reference', (data) => (data.lead = 'nobody'), 'lead: refers to an entry that does not exist in content/organisations/ (value: "nobody")'],
  ['organisations', 'sedu.md', 'missing', (data) => delete data.type, 'type: is required'],
  ['organisations', 'sedu.md', 'unknown reference', (data) => (data.projects[0].project = 'none'), 'projects[0].project: refers to an entry that does not exist in content/projects/ (value: "none")'],
  ['twinnings', 'sedu-ferizaj.md', 'missing', (data) => delete data.summary, 'summary: is required'],
  ['twinnings', 'sedu-ferizaj.md', 'unknown reference', (data) => (data.organisations = ['sedu', 'nobody']), 'organisations[1]: refers to an entry that does not exist in content/organisations/ (value: "nobody")'],
  ['news', '2021-kick-off.md', 'missing', (data) => delete data.summary, 'summary: is required'],
  ['news', '2021-kick-off.md', 'unknown reference', (data) => (data.project = 'none'), 'project: refers to an entry that does not exist in content/projects/ (value: "none")'],
  ['pages', 'about.md', 'missing', (data) => delete data.description, 'description: is required'],
];

describe('npm run build with broken content', () => {
  it.each(cases)('stops on %s/%s (%s) with one message naming file and field', { concurrent: true }, async (collection, file, _kind, edit, message) => {
    const { code, output } = await buildWith(collection, file, edit);
    expect(code).not.toBe(0);
    expect(output).toMatch(new RegExp(`content/${collection}/${file.replace(/[./]/g, '\\$&')}(:\\d+)?  ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(output).toMatch(/Content check failed \(\d+ problems?\)/);
    // One clear message: no stack trace, and the build stops before rendering anything.
    expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    expect(output).not.toContain('Building static entrypoints');
  });
});
