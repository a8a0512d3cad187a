import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/lib/static-server.ts';
import { headersFile } from '../../src/integrations/security-headers/index.ts';
import { findBrokenLinks, fileOf } from '../../src/lib/site-check/links.ts';

describe('the link check', () => {
  const pages = new Map([
    ['index.html', '<a href="/glossary/">G</a> <a href="/glossary/#letter-Č">Č</a> <a href="https://example.org/x">ext</a> <a href="#top" id="top">t</a>'],
    ['glossary/index.html', '<h2 id="letter-Č">Č</h2><a href="../missing/">m</a><a href="/glossary/#nowhere">n</a><img src="/og.png"><a href="/admin/#/collections/news">edit</a>'],
  ]);
  const files = new Set(['index.html', 'glossary/index.html', 'og.png', 'admin/index.html']);

  it('maps addresses to output files', () => {
    expect(fileOf('/vet/glossary/', '/vet/')).toBe('glossary/index.html');
    expect(fileOf('/vet/news/feed.xml', '/vet/')).toBe('news/feed.xml');
    expect(fileOf('/other/', '/vet/')).toBeUndefined();
  });

  it('finds missing pages and anchors, and leaves external links and editor routes alone', async () => {
    expect(await findBrokenLinks([...pages.keys()], files, '/', async (page) => pages.get(page)!)).toEqual([
      { page: 'glossary/index.html', href: '../missing/', reason: 'missing page' },
      { page: 'glossary/index.html', href: '/glossary/#nowhere', reason: 'missing anchor' },
    ]);
  });
});

describe('the _headers file', () => {
  it('sets framing, sniffing and referrer rules for all pages and the editor\'s own policy', () => {
    const rules = parseHeadersFile(headersFile('/vet/', {}));
    expect(rules.map((rule) => [rule.pattern.test('/vet/x/'), rule.pattern.test('/vet/admin/')])).toEqual([[true, true], [false, true]]);
    expect(rules[0].headers).toContainEqual(['X-Content-Type-Options', 'nosniff']);
    expect(rules[1].headers.find(([name]) => name === 'Content-Security-Policy')![1]).toContain("script-src 'self' 'unsafe-eval'");
  });

  it('lets the editor reach the Git host of a production backend', () => {
    const rules = parseHeadersFile(headersFile('/', { CMS_BACKEND: 'github', CMS_REPO: 'org/site', CMS_BASE_URL: 'https://auth.example.org/' }));
    expect(rules[1].headers.find(([name]) => name === 'Content-Security-Policy')![1]).toContain("connect-src 'self' https://api.github.com https://auth.example.org");
  });
});
