import type { APIRoute } from 'astro';
import { withBase } from '../lib/routes.ts';

/** Lets search engines in, keeps them out of the editor, and points them to the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('/sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${withBase('/admin/')}\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
