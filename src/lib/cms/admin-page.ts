import type { BackendConfig } from './backend.ts';

/** Origins the editor talks to for a backend, besides the site itself. */
export function backendOrigins(backend: BackendConfig): string[] {
  const origin = (address: unknown) => (typeof address === 'string' && /^https?:/.test(address) ? [new URL(address).origin] : []);
  switch (backend.name) {
    case 'github':
      return ['https://api.github.com', ...origin(backend.base_url)];
    case 'gitlab':
      return [...origin(backend.api_root ?? 'https://gitlab.com/api/v4'), ...origin(backend.base_url)];
    case 'gitea':
      return [...origin(backend.api_root), ...origin(backend.base_url)];
    default:
      return [];
  }
}

/**
 * The editor's own Content-Security-Policy, looser than the public pages'
 * because Decap CMS needs it: `eval` (it compiles code at run time), inline
 * styles (its components style themselves), WebAssembly, and the API of its
 * Git host. Nothing else leaves the site.
 */
export function adminCsp(backend: BackendConfig): string {
  const hosts = backendOrigins(backend).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${hosts ? ` ${hosts}` : ''}`,
    `connect-src 'self'${hosts ? ` ${hosts}` : ''}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/**
 * The editor's page: Decap CMS from the site itself (no CDN), its config and
 * the site's previews; kept out of search engines.
 */
export function adminPage(backend: BackendConfig): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="content-security-policy" content="${adminCsp(backend)}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <title>VET Commons editor</title>
    <link rel="cms-config-url" type="text/yaml" href="config.yml" />
    <link rel="icon" href="../favicon.svg" type="image/svg+xml" />
  </head>
  <body>
    <script src="decap-cms.js"></script>
    <script src="cms-setup.js"></script>
  </body>
</html>
`;
}
