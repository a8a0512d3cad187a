import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { inject } from 'vitest';

export const siteUrl = () => inject('siteUrl');
export const siteDir = () => inject('siteDir');

/** The built HTML of a page, by its path (`/glossary/` reads `glossary/index.html`). */
export function builtHtml(pagePath: string): string {
  const file = pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
  return readFileSync(path.join(siteDir(), file), 'utf8');
}

/** A built page as a DOM document. */
export function builtPage(pagePath: string): Document {
  return parseHTML(builtHtml(pagePath)).document as unknown as Document;
}

/** Paths of all built pages, e.g. `/glossary/apprenticeship/`. */
export function builtPages(pattern = '**/*.html'): string[] {
  return globSync(pattern, { cwd: siteDir() })
    .filter((file) => !file.startsWith('admin/'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
}
