import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { foldedWords } from '../../lib/search/fold.ts';
import { searchableRegion } from '../../lib/search/html-text.ts';

/** Pagefind's errors come back in arrays; any of them stops the build. */
function failOn(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * A page's HTML as the index should see it: with the folded (diacritic-free)
 * forms of its words added inside the searchable region, so that "skolovanje"
 * finds "školovanje". The file on disk is not changed.
 */
function withFoldedWords(html: string): string {
  const region = searchableRegion(html);
  if (!region) return html;
  const folded = foldedWords(region.text);
  if (folded.length === 0) return html;
  return `${html.slice(0, region.insertAt)}<div data-pagefind-weight="0.5">${folded.join(' ')}</div>${html.slice(region.insertAt)}`;
}

async function buildIndex(outDir: string, base: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  failOn(errors, 'creating the index');
  const files = (await Array.fromAsync(glob('**/*.html', { cwd: outDir }))).sort();
  let indexed = 0;
  for (const [position, file] of files.entries()) {
    const html = await readFile(path.join(outDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const url = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
    const response = await index!.addHTMLFile({ url, content: withFoldedWords(html) });
    failOn(response.errors, `indexing ${file}`);
    indexed++;
    if ((position + 1) % 2000 === 0) logger.info(`indexed ${indexed} pages (${position + 1} of ${files.length} files read)`);
  }
  const written = await index!.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  failOn(written.errors, 'writing the index');
  await pagefind.close();
  logger.info(`indexed ${indexed} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Builds the Pagefind search index of the finished site, so `astro build` alone yields a searchable site. */
export default function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'vet-commons:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildIndex(fileURLToPath(dir), base, logger);
      },
    },
  };
}
