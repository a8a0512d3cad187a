// `npm start`: builds the whole site (search index included), serves it on
// http://localhost:4321 and runs the CMS at /admin/ on its local backend:
// decap-server in Git mode, working in a clone of its own (.cms/workspace).
// When an editor publishes, the change is brought into this checkout where
// Git can do so safely, and the site is rebuilt.
import path from 'node:path';
import { rmSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { buildSite } from './lib/build-site.ts';
import { exportContent, fastForwardCheckout, headOf, prepareWorkspace } from './lib/cms-workspace.ts';
import { startDecapServer } from './lib/decap-server.ts';
import { startStaticServer, type StaticServer } from './lib/static-server.ts';

const root = process.cwd();
const port = Number(process.env.PORT ?? 4321);
const cmsPort = Number(process.env.CMS_PORT ?? 8081);
const workspace = path.join(root, '.cms', 'workspace');
const published = path.join(root, '.cms', 'published');
const siteUrl = `http://localhost:${port}`;

let server: StaticServer | undefined;
let decap: ChildProcess | undefined;
let stopping = false;

async function build(outDir: string, contentDir?: string): Promise<boolean> {
  const { code } = await buildSite(root, { SITE_URL: siteUrl, CMS_BACKEND: 'local', VET_OUT_DIR: outDir, ...(contentDir && { VET_CONTENT_DIR: contentDir }) });
  return code === 0;
}

function stop(code = 0): void {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the site and the CMS server.');
  decap?.kill('SIGTERM');
  server?.close();
  process.exit(code);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

console.log('Building the site (this takes about a minute the first time)...');
const firstOut = path.join(root, 'dist');
if (!(await build(firstOut))) {
  console.error('The build failed; see the messages above.');
  process.exit(1);
}

prepareWorkspace(root, workspace);
decap = await startDecapServer(workspace, cmsPort);
decap.once('exit', (code) => {
  if (!stopping) console.error(`decap-server stopped (code ${code}); the editor cannot save until you restart npm start.`);
});
let served = firstOut;
server = await startStaticServer({ root: served, port, cmsProxyPort: cmsPort });
console.log(`\nVET Commons is running at ${siteUrl}/ and the editor at ${siteUrl}/admin/`);
console.log('Press Ctrl-C to stop.\n');

// Watch the workspace for published changes and rebuild when one lands.
let lastPublished = headOf(workspace);
let rebuilding = false;
let generation = 0;
setInterval(async () => {
  if (rebuilding || stopping) return;
  const current = headOf(workspace);
  if (current === lastPublished) return;
  rebuilding = true;
  lastPublished = current;
  const merged = fastForwardCheckout(root, workspace);
  console.log(merged ? 'A change was published in the CMS and merged into your checkout. Rebuilding...' : 'A change was published in the CMS. Your checkout has other changes, so it was not merged: run `git merge cms/main` when ready. Rebuilding from the published content...');
  if (!merged) exportContent(workspace, published);
  const outDir = path.join(root, '.cms', `build-${++generation}`);
  if (await build(outDir, merged ? undefined : path.join(published, 'content'))) {
    server?.setRoot(outDir);
    if (served !== firstOut) rmSync(served, { recursive: true, force: true });
    served = outDir;
    console.log(`Rebuilt: the published change is live at ${siteUrl}/`);
  } else {
    console.error('The rebuild failed; the site keeps showing the previous build.');
  }
  rebuilding = false;
}, 2000);
