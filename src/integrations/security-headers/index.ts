import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminCsp } from '../../lib/cms/admin-page.ts';
import { backendFromEnv } from '../../lib/cms/backend.ts';

/**
 * Writes `_headers` (read by Netlify, Cloudflare Pages and others) with the
 * headers a `<meta>` policy cannot set: framing, content sniffing, referrer,
 * and the editor's own policy. Each public page carries its strict policy in
 * its own `<meta>` tag, with the hashes of its scripts.
 */
export function headersFile(base: string, env: Record<string, string | undefined> = process.env): string {
  return [
    `${base}*`,
    "  Content-Security-Policy: frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    `${base}admin/*`,
    `  Content-Security-Policy: ${adminCsp(backendFromEnv(env))}; frame-ancestors 'none'`,
    '  X-Robots-Tag: noindex, nofollow',
    '',
  ].join('\n');
}

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'vet-commons:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(path.join(fileURLToPath(dir), '_headers'), headersFile(base));
      },
    },
  };
}
