import type { AstroIntegration } from 'astro';
import { createReadStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsConfigYaml } from '../../lib/cms/config-file.ts';
import { adminPage } from '../../lib/cms/admin-page.ts';
import { backendFromEnv } from '../../lib/cms/backend.ts';
import { copyDecapBundle, decapDistFolder, isBundleFile } from './bundle.ts';

/**
 * Puts Decap CMS at `/admin/`: its page with a security policy for this
 * build's backend, the preview script from `public/admin/`, the prebuilt
 * bundle from the `decap-cms` package (no CDN), the config generated from the
 * schemas for this build's backend, and the site's own styles for previews.
 */
export default function cms(): AstroIntegration {
  let siteUrl = '';
  return {
    name: 'vet-commons:cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = new URL(config.base, config.site).href.replace(/\/$/, '');
      },
      'astro:server:setup': ({ server }) => {
        // In development the bundle is served straight from node_modules.
        const dist = decapDistFolder();
        server.middlewares.use((req, res, next) => {
          if (/^\/admin\/(index\.html)?(\?.*)?$/.test(req.url ?? '')) {
            res.setHeader('content-type', 'text/html; charset=utf-8');
            res.end(adminPage(backendFromEnv()));
            return;
          }
          const name = req.url?.match(/^\/admin\/([^/?#]+)/)?.[1];
          if (!name || !isBundleFile(name)) return next();
          res.setHeader('content-type', name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript');
          createReadStream(path.join(dist, name)).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const admin = path.join(out, 'admin');
        const copied = copyDecapBundle(admin);
        writeFileSync(path.join(admin, 'index.html'), adminPage(backendFromEnv()));
        writeFileSync(path.join(admin, 'config.yml'), cmsConfigYaml(siteUrl));
        const styles = readdirSync(path.join(out, '_astro')).filter((file) => file.endsWith('.css')).sort();
        writeFileSync(path.join(admin, 'preview.css'), styles.map((file) => readFileSync(path.join(out, '_astro', file), 'utf8')).join('\n'));
        logger.info(`editor at /admin/ (${copied} bundle files, backend ${backendFromEnv().name})`);
      },
    },
  };
}
