// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { defaultLocale, localeCodes } from './src/i18n/locales.ts';
import cms from './src/integrations/cms/index.ts';
import contentCheck from './src/integrations/content-check/index.ts';
import searchIndex from './src/integrations/search-index/index.ts';
import securityHeaders from './src/integrations/security-headers/index.ts';
import siteCheck from './src/integrations/site-check/index.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  outDir: process.env.VET_OUT_DIR ?? './dist',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: a reader's browser caches them once
  // instead of downloading the same CSS inside every page.
  build: { inlineStylesheets: 'never', concurrency: 16 },
  i18n: {
    locales: [...localeCodes],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  security: {
    // A strict policy for every public page, as a <meta> tag Astro writes with
    // the hashes of its own scripts and styles. WebAssembly is Pagefind's
    // search engine. The editor at /admin/ has a policy of its own.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(localeCodes.map((code) => [code, code])) },
      // Filtered glossary lists repeat the index; the editor is not for search engines.
      filter: (page) => !page.includes('/glossary/filter/') && !page.includes('/admin/'),
    }),
    cms(),
    securityHeaders(),
    siteCheck(),
    // Last: it waits here for the index it has been building in the background.
    searchIndex(),
  ],
  vite: {
    // In `astro dev`, the editor reaches decap-server (started by `npm start` or by hand) on the same origin.
    server: { proxy: { '/api/v1': 'http://127.0.0.1:8081' } },
  },
});
