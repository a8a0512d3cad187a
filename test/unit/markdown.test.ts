import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../src/lib/glossary/term-matcher.ts';
import { prepareMarkdown } from '../../src/lib/markdown/render.ts';

const matcher = createTermMatcher(
  [
    { term: 'Learning Agreement', concept: 'learning-agreement', caseSensitive: false },
    { term: 'learning outcomes', concept: 'learning-outcomes', caseSensitive: false },
    { term: 'learning', concept: 'learning', caseSensitive: false },
    { term: 'ECVET', concept: 'ecvet', caseSensitive: true },
    { term: 'apprenticeship', concept: 'apprenticeship', caseSensitive: false },
  ],
  'en',
);
const targets = { hrefOf: (slug: string) => `/glossary/${slug}/`, resolveLink: (path: string) => `/base/it${path}` };
const render = (markdown: string, withGlossary = true) => {
  const prepared = prepareMarkdown(markdown, { matcher: withGlossary ? matcher : undefined });
  return { ...prepared, html: prepared.toHtml(targets) };
};

describe('content Markdown', () => {
  it('renders text with <, {, } and stray * as typed', () => {
    const { html } = render('Age < 18, {braces} and } alone, a * star, 2*3 and <3.', false);
    expect(html).toBe('<p>Age &#x3C; 18, {braces} and } alone, a * star, 2*3 and &#x3C;3.</p>');
  });

  it('removes scripts, event handlers and javascript: links from raw HTML', () => {
    const { html } = render('<script>alert(1)</script>\n\n<a href="javascript:alert(2)" onclick="steal()">link</a> <img src="x.png" onerror="alert(3)"> <b onmouseover="x()">bold</b>', false);
    expect(html).not.toMatch(/script|alert|onclick|onerror|onmouseover|javascript:/);
    expect(html).toContain('<a>link</a>');
    expect(html).toContain('<img src="x.png">');
    expect(html).toContain('<b>bold</b>');
  });

  it('keeps lang and dir so that editors can mark foreign words', () => {
    expect(render('<span lang="sq" dir="ltr">praktikë</span>', false).html).toContain('<span lang="sq" dir="ltr">praktikë</span>');
  });

  it('links the first mention of a concept only', () => {
    const { html, concepts } = render('Sign the Learning Agreement. The learning agreement is signed again.');
    expect(html.match(/href="\/glossary\/learning-agreement\/"/g)).toHaveLength(1);
    expect(html).toContain('<a href="/glossary/learning-agreement/" class="term-link" aria-describedby="term-preview-learning-agreement">Learning Agreement</a>');
    expect(concepts).toEqual(['learning-agreement']);
  });

  it('prefers the longest term and matches English plurals', () => {
    const { html } = render('The learning outcomes of apprenticeships.');
    expect(html).toContain('>learning outcomes</a>');
    expect(html).not.toContain('href="/glossary/learning/"');
    expect(html).toContain('>apprenticeships</a>');
  });

  it('matches abbreviations only in their exact case', () => {
    const { html } = render('Use ecvet points, then ECVET.');
    expect(html).toContain('ecvet points');
    expect(html).toContain('>ECVET</a>');
  });

  it('never links inside headings, links or code', () => {
    const { html, concepts } = render('## The Learning Agreement\n\n[Learning Agreement form](https://example.org) and `Learning Agreement`.\n\n```\nLearning Agreement\n```');
    expect(concepts).toEqual([]);
    expect(html).not.toContain('term-link');
  });

  it('adds no links when the page opts out', () => {
    expect(render('The Learning Agreement.', false).concepts).toEqual([]);
  });

  it('localizes and prefixes site links, leaving other links alone', () => {
    const { html } = render('[Glossary](/glossary/), [a source](https://eur-lex.europa.eu/) and [a note](#source-x).', false);
    expect(html).toContain('href="/base/it/glossary/"');
    expect(html).toContain('href="https://eur-lex.europa.eu/"');
    expect(html).toContain('href="#source-x"');
  });

  it('gives headings ids and lists h2 and h3 for a table of contents', () => {
    const { headings, html } = render('## Work-based learning\n\n### In companies\n\n#### Detail', false);
    expect(headings).toEqual([
      { depth: 2, id: 'work-based-learning', text: 'Work-based learning' },
      { depth: 3, id: 'in-companies', text: 'In companies' },
    ]);
    expect(html).toContain('<h2 id="work-based-learning">');
  });

  it("makes each locale's HTML from one parse, with links to that locale's pages", () => {
    const prepared = prepareMarkdown('See the [glossary](/glossary/) and the Learning Agreement.', { matcher });
    const italian = prepared.toHtml(targets);
    const english = prepared.toHtml({ hrefOf: (slug) => `/en/glossary/${slug}/`, resolveLink: (path) => path });
    expect(italian).toContain('href="/base/it/glossary/"');
    expect(italian).toContain('href="/glossary/learning-agreement/"');
    expect(english).toContain('href="/glossary/"');
    expect(english).toContain('href="/en/glossary/learning-agreement/"');
    expect(english).not.toContain('data-concept');
  });

  it('prefixes citations of text shown inside another page', () => {
    const html = prepareMarkdown('As agreed [1](#source-charter).', { sourceAnchorPrefix: 'twinning-a-b-' }).toHtml(targets);
    expect(html).toContain('href="#twinning-a-b-source-charter"');
  });
});
