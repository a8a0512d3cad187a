import { readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticServerOptions {
  /** Folder with the built site. */
  root: string;
  port: number;
  /** Base path the site is built for, e.g. `/` or `/vet-commons/`. */
  base?: string;
  /** Requests under `/api/v1` go to this local CMS server (decap-server). */
  cmsProxyPort?: number;
}

/**
 * Serves a built site as a static host would: directory indexes, the 404 page
 * with status 404, the headers of its `_headers` file, no caching while files
 * change. Optionally passes the CMS's
 * API calls to decap-server on the same origin, so the admin page needs no
 * cross-origin access.
 */
export interface StaticServer {
  server: Server;
  /** The port it listens on (the one asked for, or a free one for port 0). */
  port: number;
  /** Serves another build from now on, e.g. after a rebuild. */
  setRoot: (root: string) => void;
  close: () => void;
}

/** Rules of a `_headers` file: a path pattern (with `*`), then indented `Name: value` lines. */
export function parseHeadersFile(text: string): Array<{ pattern: RegExp; headers: Array<[string, string]> }> {
  const rules: Array<{ pattern: RegExp; headers: Array<[string, string]> }> = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`), headers: [] });
    } else if (rules.length > 0) {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

function readHeadersFile(root: string) {
  try {
    return parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8'));
  } catch {
    return [];
  }
}

export function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  let root = options.root;
  const sirvFor = (folder: string) => sirv(folder, { dev: true, etag: true, extensions: ['html'] });
  let serve = sirvFor(root);
  // The headers a production host would add from the site's `_headers` file.
  let headerRules = readHeadersFile(root);
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (options.cmsProxyPort && url.startsWith('/api/v1')) {
      const upstream = request(
        { host: '127.0.0.1', port: options.cmsProxyPort, path: url, method: req.method, headers: req.headers },
        (upstreamRes) => {
          res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
          upstreamRes.pipe(res);
        },
      );
      upstream.on('error', () => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end('The local CMS server is not running.');
      });
      req.pipe(upstream);
      return;
    }
    if (!url.startsWith(base)) {
      res.writeHead(302, { location: base });
      res.end();
      return;
    }
    const pathname = url.split('?')[0];
    for (const rule of headerRules) {
      if (!rule.pattern.test(pathname)) continue;
      for (const [name, value] of rule.headers) {
        const existing = res.getHeader(name);
        res.setHeader(name, existing ? [...[existing].flat().map(String), value] : value);
      }
    }
    req.url = `/${url.slice(base.length)}`;
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFoundPage(root));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // No host: listen on every local address, so `localhost` works whether
    // the client resolves it to 127.0.0.1 or ::1.
    server.listen(options.port, () =>
      resolve({
        server,
        port: (server.address() as { port: number }).port,
        setRoot: (folder) => {
          root = folder;
          serve = sirvFor(folder);
          headerRules = readHeadersFile(folder);
        },
        close: () => {
          server.close();
          server.closeAllConnections();
        },
      }),
    );
  });
}

function notFoundPage(root: string): string {
  try {
    return readFileSync(path.join(root, '404.html'), 'utf8');
  } catch {
    return 'Not found';
  }
}
