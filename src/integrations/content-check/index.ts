import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../lib/content/check.ts';
import { contentRoot } from '../../lib/content/location.ts';
import { formatProblems } from '../../lib/content/problem.ts';

/**
 * Validates all content before Astro loads it, so that a broken entry stops
 * the build with one message naming file, line, field and value, instead of a
 * stack trace from deep inside the content layer.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'vet-commons:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const started = performance.now();
        const problems = checkContent(contentRoot(root), root);
        if (problems.length === 0) {
          logger.info(`content is valid (${Math.round(performance.now() - started)} ms)`);
          return;
        }
        logger.error(formatProblems(problems));
        if (command === 'dev') return;
        // A thrown error would bury the report under a stack trace; the report
        // above is the whole message.
        process.exit(1);
      },
    },
  };
}
