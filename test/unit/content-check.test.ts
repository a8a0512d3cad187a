import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblems } from '../../src/lib/content/problem.ts';
import type { CollectionName } from '../../src/schemas/collection-names.ts';
import { copyContent, editEntry, fixtureContent } from '../support/content-fixture.ts';

const trees: string[] = [];
function tree(): string {
  const dir = copyContent();
  trees.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of trees.splice(0)) rmSync(path.dirname(dir), { recursive: true, force: true });
});

/** The report as the build prints it, paths relative to the tree's parent. */
function report(dir: string): string {
  const problems = checkContent(dir, path.dirname(dir));
  return problems.length ? formatProblems(problems) : '';
}

describe('the content check', () => {
  it('accepts the valid fixture tree', () => {
    expect(checkContent(fixtureContent, process.cwd())).toEqual([]);
  });

  // One required field per collection: removing it must stop the build with file, line and field.
  const missing: Array<[CollectionName, string, string[], string]> = [
    ['glossary', 'apprenticeship.yaml', ['en', 'definition'], 'en.definition'],
    ['countries', 'fi.md', ['eu'], 'eu'],
    ['guide-topics', 'insurance.md', ['order'], 'order'],
    ['guides', 'insurance/fi.md', ['summary'], 'summary'],
    ['process', 'agreements.md', ['phase'], 'phase'],
    ['projects', 'v2v.md', ['funding'], 'funding'],
    ['organisations', 'sedu.md', ['country'], 'country'],
    ['twinnings', 'sedu-ferizaj.md', ['project'], 'project'],
    ['news', '2021-kick-off.md', ['date'], 'date'],
    ['pages', 'about.md', ['title'], 'title'],
  ];
  it.each(missing)('reports a missing required field in %s (%s)', (collection, file, fieldPath, field) => {
    const dir = tree();
    editEntry(dir, collection, file, (data) => {
      const parent = fieldPath.slice(0, -1).reduce((node, key) => node[key], data);
      delete parent[fieldPath.at(-1)!];
    });
    const text = report(dir);
    expect(text).toMatch(new RegExp(`content/${collection}/${file.replace('/', '\\/')}(:\\d+)?  ${field.replace(/[.[\]]/g, '\\$&')}: is required`));
  });

  // An unknown reference (or cited source key) stops the build with file, field and the bad value.
  const unknown: Array<[CollectionName, string, (data: Record<string, any>) => void, string, string]> = [
    ['glossary', 'apprenticeship.yaml', (data) => (data.en.related = ['no-such-concept']), 'en.related[0]', 'no-such-concept'],
    ['glossary', 'apprenticeship.yaml', (data) => (data.en.country_notes = [{ country: 'zz', note: 'A note.', source: { title: 'T', publisher: 'P', year: 2020 } }]), 'en.country_notes[0].country', 'zz'],
    ['countries', 'fi.md', (data) => (data.eu.source = 'no-such-source'), 'eu.source', 'no-such-source'],
    ['guides', 'insurance/fi.md', (data) => (data.topic = 'no-such-topic'), 'topic', 'no-such-topic'],
    ['process', 'agreements.md', (data) => (data.concepts = ['no-such-concept']), 'concepts[0]', 'no-such-concept'],
    ['projects', 'v2v.md', (data) => (data.lead = 'nobody'), 'lead', 'nobody'],
    ['organisations', 'sedu.md', (data) => (data.country = 'zz'), 'country', 'zz'],
    ['twinnings', 'sedu-ferizaj.md', (data) => (data.organisations = ['sedu', 'nobody']), 'organisations[1]', 'nobody'],
    ['news', '2021-kick-off.md', (data) => (data.project = 'nothing'), 'project', 'nothing'],
  ];
  it.each(unknown)('reports an unknown reference in %s (%s)', (collection, file, edit, field, value) => {
    const dir = tree();
    editEntry(dir, collection, file, edit);
    const text = report(dir);
    expect(text).toContain(`content/${collection}/${file}`);
    expect(text).toContain(`${field}: `);
    expect(text).toContain(`(value: "${value}")`);
  });

  it('names the line of the offending field', () => {
    const dir = tree();
    editEntry(dir, 'organisations', 'sedu.md', (data) => (data.country = 'zz'));
    expect(report(dir)).toContain('content/organisations/sedu.md:4  country: refers to an entry that does not exist in content/countries/ (value: "zz")');
  });

  it('reports unknown fields instead of dropping them', () => {
    const dir = tree();
    editEntry(dir, 'news', '2021-kick-off.md', (data) => (data.titel = 'typo'));
    expect(report(dir)).toMatch(/content\/news\/2021-kick-off\.md:\d+  titel: is not a field of news entries/);
  });

  it('reports a citation in the text that names no source of the entry', () => {
    const dir = tree();
    writeFileSync(path.join(dir, 'guide-topics', 'insurance.md'), readFileSync(path.join(dir, 'guide-topics', 'insurance.md'), 'utf8').replace('Fixture text.', 'Fixture text.\n\nAs [the law says](#source-no-such-law).'));
    expect(report(dir)).toMatch(/content\/guide-topics\/insurance\.md:\d+  body: cites a source key that is not in this entry's sources \(value: "no-such-law"\)/);
  });

  it('stops on a cycle of broader concepts', () => {
    const dir = tree();
    editEntry(dir, 'glossary', 'work-based-learning.yaml', (data) => (data.en.broader = ['apprenticeship']));
    expect(report(dir)).toContain('makes a cycle of broader concepts: apprenticeship -> work-based-learning -> apprenticeship');
  });

  it('requires exactly one preferred term per language', () => {
    const dir = tree();
    editEntry(dir, 'glossary', 'apprenticeship.yaml', (data) => data.it.terms.push({ term: 'tirocinio', type: 'synonym', status: 'preferred' }));
    expect(report(dir)).toContain('it.terms: needs exactly one preferred term, found 2');
  });

  it('checks that a guide sits in the folder of its topic', () => {
    const dir = tree();
    editEntry(dir, 'guides', 'insurance/fi.md', (data) => (data.country = 'xk'));
    expect(report(dir)).toContain('content/guides/insurance/fi.md:4  country: does not match the file name fi.md (value: "xk")');
  });

  it('reports YAML syntax errors with their line', () => {
    const dir = tree();
    writeFileSync(path.join(dir, 'pages', 'about.md'), '---\ntitle: About\ndescription: [unclosed\n---\nText\n');
    expect(report(dir)).toMatch(/content\/pages\/about\.md:\d+  is not valid YAML/);
  });

  it('refuses MDX in CMS-edited collections, naming the line of the first import', () => {
    const dir = tree();
    writeFileSync(path.join(dir, 'news', 'bad.mdx'), '---\ntitle: X\n---\n\nimport Chart from "../chart.astro";\n\n<Chart />\n');
    expect(report(dir)).toContain('content/news/bad.mdx:5  MDX is not accepted in the news collection');
  });

  it('refuses MDX import and export statements in Markdown bodies, naming the line', () => {
    const dir = tree();
    writeFileSync(path.join(dir, 'pages', 'about.md'), '---\ntitle: About\ndescription: D.\nlast_reviewed: 2026-11-24\n---\nText.\n\nexport const x = 1;\n\n```js\nimport fine from "code-block";\n```\n');
    const text = report(dir);
    expect(text).toContain('content/pages/about.md:8  body: has an MDX export statement');
    expect(text).not.toContain(':11');
  });

  it('reports files of the wrong type or place instead of skipping them', () => {
    const dir = tree();
    writeFileSync(path.join(dir, 'news', 'notes.txt'), 'stray');
    writeFileSync(path.join(dir, 'guides', 'fi.md'), '---\n---\n');
    const text = report(dir);
    expect(text).toContain('content/news/notes.txt  is not a .md file');
    expect(text).toContain('content/guides/fi.md  is in the wrong folder');
  });

  it('gives one message with every problem, and no stack trace', () => {
    const dir = tree();
    editEntry(dir, 'news', '2021-kick-off.md', (data) => delete data.date);
    editEntry(dir, 'pages', 'about.md', (data) => delete data.title);
    const text = report(dir);
    expect(text.split('\n')[0]).toBe('Content check failed (2 problems):');
    expect(text).not.toMatch(/\n\s+at /);
  });
});
