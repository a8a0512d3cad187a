import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { indexableDocument } from '../../lib/search/html-text.ts';

/** Pagefind's errors come back in arrays; any of them stops the build. */
function failOn(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Requests kept in flight to Pagefind, so that reading pages here overlaps with indexing there. */
const inFlight = 16;

async function buildIndex(outDir: string, base: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  failOn(errors, 'creating the index');
  const files = (await Array.fromAsync(glob('**/*.html', { cwd: outDir }))).sort();
  let indexed = 0;
  let read = 0;
  const addNext = async (): Promise<void> => {
    while (read < files.length) {
      const file = files[read++];
      if (read % 5000 === 0) logger.info(`indexed ${indexed} pages (${read} of ${files.length} files read)`);
      const content = indexableDocument(await readFile(path.join(outDir, file), 'utf8'));
      if (!content) continue;
      const url = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
      const response = await index!.addHTMLFile({ url, content });
      failOn(response.errors, `indexing ${file}`);
      indexed++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, addNext));
  const written = await index!.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  failOn(written.errors, 'writing the index');
  await pagefind.close();
  logger.info(`indexed ${indexed} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Builds the Pagefind search index of the finished site, so `astro build`
 * alone yields a searchable site. Indexing starts as soon as the pages are
 * written and runs in Pagefind's own process while later build steps (the
 * link check) run here; `astro:build:done` waits for it, so list this
 * integration after those steps.
 */
export default function searchIndex(): AstroIntegration {
  let base = '/';
  let indexing: Promise<void> | undefined;
  return {
    name: 'vet-commons:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:generated': ({ dir, logger }) => {
        indexing = buildIndex(fileURLToPath(dir), base, logger);
        // Failures are reported when the build waits for the index, below.
        indexing.catch(() => {});
      },
      'astro:build:done': async () => {
        await indexing;
      },
    },
  };
}
