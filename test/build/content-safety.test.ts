import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { copyContent } from '../support/content-fixture.ts';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tree(): { content: string; out: string } {
  const content = copyContent();
  const out = mkdtempSync(path.join(tmpdir(), 'vet-out-'));
  cleanup.push(path.dirname(content), out);
  return { content, out };
}

const news = (body: string) => `---\ntitle: Safety\ndate: 2026-01-01\nsummary: What editors type.\n---\n${body}`;

describe('content written through the CMS', () => {
  it('builds text with <, {, } and stray * as typed, and sanitises raw HTML', async () => {
    const { content, out } = tree();
    writeFileSync(
      path.join(content, 'news', 'safety.md'),
      news('Learners aged < 18 need {consent} from parents } and * one star, 2*3.\n\n<script>alert("x")</script>\n\n<a href="javascript:alert(1)" onclick="steal()">a link</a> <img src="/favicon.svg" alt="The site mark" onerror="alert(2)">\n'),
    );
    const { code, output } = await buildSite(process.cwd(), { VET_CONTENT_DIR: content, VET_OUT_DIR: out }, false);
    expect(code, output.slice(-2000)).toBe(0);
    const html = readFileSync(path.join(out, 'news', 'safety', 'index.html'), 'utf8');
    const element = parseHTML(html).document.querySelector('.prose')!;
    const prose = element.innerHTML;
    expect(element.textContent).toContain('Learners aged < 18 need {consent} from parents } and * one star, 2*3.');
    expect(prose).not.toMatch(/<script|alert|onclick|onerror|javascript:/);
    expect(prose).toContain('<a>a link</a>');
  });

  it('refuses an MDX file in a content folder, naming the file and the line', async () => {
    const { content, out } = tree();
    writeFileSync(path.join(content, 'news', 'chart.mdx'), news('Intro.\n\nimport Chart from "../../src/components/Chart.astro";\n\n<Chart />\n'));
    const { code, output } = await buildSite(process.cwd(), { VET_CONTENT_DIR: content, VET_OUT_DIR: out }, false);
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/news\/chart\.mdx:8  MDX is not accepted in the news collection/);
  });

  it('refuses MDX export statements and expressions do not run, naming the line', async () => {
    const { content, out } = tree();
    writeFileSync(path.join(content, 'news', 'export.md'), news('Text.\n\nexport const secret = process.env.HOME;\n'));
    const { code, output } = await buildSite(process.cwd(), { VET_CONTENT_DIR: content, VET_OUT_DIR: out }, false);
    expect(code).not.toBe(0);
    expect(output).toContain('content/news/export.md:8  body: has an MDX export statement');
  });
});
