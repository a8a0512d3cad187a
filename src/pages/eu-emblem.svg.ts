import type { APIRoute } from 'astro';
import { euEmblemSvg } from '../lib/eu-emblem.ts';

/** The EU emblem the funding acknowledgements show, one cached file for every page. */
export const GET: APIRoute = () => new Response(euEmblemSvg, { headers: { 'content-type': 'image/svg+xml' } });
