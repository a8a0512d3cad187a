import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { fixtureContent } from '../support/content-fixture.ts';

const out = mkdtempSync(path.join(tmpdir(), 'vet-base-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a site under a sub-path', () => {
  it('builds with SITE_URL and BASE_PATH, every link inside the sub-path (the build checks them)', async () => {
    const { code, output } = await buildSite(process.cwd(), { VET_CONTENT_DIR: fixtureContent, VET_OUT_DIR: out, SITE_URL: 'https://partners.example.org', BASE_PATH: '/vet-commons/' }, false);
    expect(code, output.slice(-3000)).toBe(0);
    expect(output).toContain('no broken link');
    const html = readFileSync(path.join(out, 'glossary', 'apprenticeship', 'index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://partners.example.org/vet-commons/glossary/apprenticeship/">');
    expect(html).toContain('href="/vet-commons/countries/"');
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://partners.example.org/vet-commons/sitemap-index.xml');
  });
});
