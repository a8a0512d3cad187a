/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three kinds of tests, run by `npm test` in this order of cost:
// - unit: pure modules (schemas, content check, glossary, exports, rules);
// - build: real `astro build` runs on broken or unusual content;
// - site: one real `astro build` of the real content, checked as HTML and in
//   headless Chromium (navigation, search, accessibility, CSP), and the real
//   Decap CMS against decap-server on throwaway clones.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: { name: 'build', include: ['test/build/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/support/site-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
