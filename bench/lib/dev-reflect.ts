import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { median } from './median.ts';

/** How long `npm run dev` takes to show an edited concept in the open browser tab. */
export interface DevReflect {
  /** Milliseconds from saving the file to the new text on screen: median and each edit. */
  median: number;
  each: number[];
  /** Seconds from starting the dev server to its first answer for the concept page. */
  firstPageSeconds: number;
}

/**
 * Starts `astro dev` on a content tree, opens a concept page in Chromium and
 * edits the concept's English definition several times, timing each edit
 * until the page shows it. The file is restored afterwards.
 */
export async function measureDevReflect(projectRoot: string, contentDir: string, slug: string, browser: Browser, edits = 5): Promise<DevReflect> {
  const require = createRequire(path.join(projectRoot, 'package.json'));
  const astro = path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
  const port = 4399;
  const started = performance.now();
  const server = spawn(process.execPath, [astro, 'dev', '--port', String(port)], { cwd: projectRoot, env: { ...process.env, VET_CONTENT_DIR: contentDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout.on('data', (data: Buffer) => (log += data));
  server.stderr.on('data', (data: Buffer) => (log += data));
  const file = path.join(contentDir, 'glossary', `${slug}.yaml`);
  const original = readFileSync(file, 'utf8');
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (/localhost:\d+/.test(log)) {
          clearInterval(timer);
          resolve();
        } else if (server.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`astro dev stopped:\n${log.slice(-2000)}`));
        }
      }, 100);
    });
    const page = await browser.newPage();
    await page.goto(`http://localhost:${port}/glossary/${slug}/`, { timeout: 120_000 });
    const firstPageSeconds = (performance.now() - started) / 1000;
    const each: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const marker = `Edited in the benchmark, version ${edit}.`;
      // The English block's definition is the line after `  definition:` inside `en:`; replacing it keeps the file valid.
      const edited = original.replace(/(\nen:\n(?:  .*\n)*?  definition: )/, `$1${marker} `);
      if (edited === original) throw new Error(`no English definition found in ${file}`);
      const saved = performance.now();
      writeFileSync(file, edited);
      await page.waitForFunction((text) => document.body?.textContent?.includes(text), marker, { timeout: 30_000, polling: 'raf' });
      each.push(Math.round(performance.now() - saved));
      await page.waitForTimeout(500);
    }
    await page.close();
    return { median: median(each), each, firstPageSeconds };
  } finally {
    writeFileSync(file, original);
    server.kill();
  }
}
