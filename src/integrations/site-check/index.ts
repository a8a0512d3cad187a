import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { availableParallelism } from 'node:os';
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { findBrokenLinks } from '../../lib/site-check/links.ts';

/** Pages that are not the site's own HTML: the editor's shell and Pagefind's unused UI. */
const skipped = (file: string) => file.startsWith('admin/') || file.startsWith('pagefind/');

async function validateHtml(root: string, projectRoot: string, files: string[]): Promise<string[]> {
  const workers = Math.max(1, Math.min(availableParallelism(), 4));
  const shares = Array.from({ length: workers }, (_, index) => files.filter((_, position) => position % workers === index));
  const script = path.join(projectRoot, 'src/integrations/site-check/validate-worker.ts');
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<string[]>((resolve, reject) => {
          const worker = new Worker(script, { workerData: { root, files: share, configDir: projectRoot } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return results.flat().sort();
}

function fail(logger: AstroIntegrationLogger, title: string, lines: string[]): never {
  const shown = lines.slice(0, 200);
  logger.error([`${title} (${lines.length}):`, ...shown.map((line) => `  ${line}`), ...(lines.length > shown.length ? [`  ... and ${lines.length - shown.length} more`] : [])].join('\n'));
  // The report above is the whole message; a thrown error would bury it under a stack trace.
  process.exit(1);
}

/**
 * Checks the finished site: every internal link and anchor must lead
 * somewhere, and with `VET_VALIDATE_HTML=1` every page must be valid HTML
 * (html-validate, rules in `.htmlvalidate.json`). Either problem fails the
 * build. The tests turn validation on; a publishing build leaves it off,
 * because the markup comes from the templates the tests validate, and
 * validating 40,000 pages would take about eight minutes.
 */
export default function siteCheck(): AstroIntegration {
  let base = '/';
  let projectRoot = '';
  return {
    name: 'vet-commons:site-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const files = new Set((await Array.fromAsync(glob('**/*', { cwd: root, withFileTypes: false }))).map((file) => file.split(path.sep).join('/')));
        const htmlFiles = [...files].filter((file) => file.endsWith('.html') && !skipped(file)).sort();
        const broken = await findBrokenLinks(htmlFiles, files, base, (file) => readFile(path.join(root, file), 'utf8'));
        if (broken.length > 0) fail(logger, 'Broken links', broken.map((link) => `${link.page}  ${link.href}  (${link.reason})`));
        logger.info(`links: ${htmlFiles.length} pages, no broken link (${Math.round(performance.now() - started)} ms)`);
        if (process.env.VET_VALIDATE_HTML !== '1') return;
        const validated = performance.now();
        const problems = await validateHtml(root, projectRoot, htmlFiles);
        if (problems.length > 0) fail(logger, 'Invalid HTML', problems);
        logger.info(`HTML: ${htmlFiles.length} pages valid (${((performance.now() - validated) / 1000).toFixed(1)} s)`);
      },
    },
  };
}
