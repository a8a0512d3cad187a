// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { defaultLocale, localeCodes } from './src/i18n/locales.ts';
import cms from './src/integrations/cms/index.ts';
import contentCheck from './src/integrations/content-check/index.ts';
import searchIndex from './src/integrations/search-index/index.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  outDir: process.env.VET_OUT_DIR ?? './dist',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  i18n: {
    locales: [...localeCodes],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [contentCheck(), mdx(), cms(), searchIndex()],
  vite: {
    // In `astro dev`, the editor reaches decap-server (started by `npm start` or by hand) on the same origin.
    server: { proxy: { '/api/v1': 'http://127.0.0.1:8081' } },
  },
});
