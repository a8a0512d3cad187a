// Screenshots of built pages at phone and desktop widths, in light and dark,
// for looking at what a change did. Usage:
//   node scripts/screenshots.ts [--viewport] /glossary/ /countries/fi/ ...   (after npm run build)
// --viewport takes the first screenful only. PNGs go to test/.tmp/screenshots/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { startStaticServer } from './lib/static-server.ts';

const viewportOnly = process.argv.includes('--viewport');
const paths = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (paths.length === 0) {
  console.error('Usage: node scripts/screenshots.ts <path> [<path>...]');
  process.exit(2);
}
const out = path.resolve('test/.tmp/screenshots');
mkdirSync(out, { recursive: true });
const port = 4399;
const server = await startStaticServer({ root: path.resolve('dist'), port });
const browser = await launchBrowser();
try {
  for (const pagePath of paths) {
    for (const [device, width] of [['phone', 360], ['desktop', 1280]] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(`http://localhost:${port}${pagePath}`);
        const name = `${pagePath.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${device}-${scheme}.png`;
        await page.screenshot({ path: path.join(out, name), fullPage: !viewportOnly });
        await page.close();
        console.log(path.join(out, name));
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
