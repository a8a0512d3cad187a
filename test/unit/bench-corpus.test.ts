import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { definedLanguages, syntheticSlug } from '../../bench/lib/corpus.ts';
import { writeCorpus } from '../../bench/lib/write-corpus.ts';
import { writeStarlightPages } from '../../bench/lib/starlight-pages.ts';
import { locales } from '../../src/i18n/locales.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblems } from '../../src/lib/content/problem.ts';

// The benchmark is only worth its figures if its synthetic glossary is content
// the site really accepts: the same schemas and cross-reference checks as the build.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'vet-bench-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the benchmark corpus generator', () => {
  const realConcepts = readdirSync(path.join(process.cwd(), 'content', 'glossary')).length;
  const size = realConcepts + 60;
  const corpus = writeCorpus(process.cwd(), path.join(scratch, 'content'), size);

  it('writes content that passes the real content check', () => {
    const problems = checkContent(corpus, scratch);
    expect(problems.length ? formatProblems(problems) : '').toBe('');
    expect(readdirSync(path.join(corpus, 'glossary'))).toHaveLength(size);
  });

  it('gives each concept terms in all 16 languages and a definition in English and three others', () => {
    const file = load(readFileSync(path.join(corpus, 'glossary', `${syntheticSlug(7)}.yaml`), 'utf8')) as Record<string, { terms: unknown[]; definition?: string; related?: string[] } | null>;
    expect(locales.filter(({ code }) => file[code]?.terms.length)).toHaveLength(16);
    const defined = locales.filter(({ code }) => file[code]?.definition).map(({ code }) => code);
    expect(new Set(defined)).toEqual(new Set(['en', ...definedLanguages(7)]));
    expect(defined).toHaveLength(4);
    expect(file.en?.related?.length).toBeGreaterThan(0);
  });

  it('gives the Starlight peer one page per concept and defined language, plus its index pages', () => {
    const pages = writeStarlightPages(corpus, path.join(scratch, 'starlight'));
    const written = readdirSync(path.join(scratch, 'starlight', 'content', 'docs'), { recursive: true }).filter((file) => String(file).endsWith('.md'));
    expect(written).toHaveLength(pages);
    expect(pages).toBeGreaterThanOrEqual(60 * 4 + 2);
  });
});
