// `npm test`: every test, from unit tests to the browser tests.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureChromium } from './lib/browser.ts';

ensureChromium('The browser tests');
const require = createRequire(import.meta.url);

// Types first: a type error is the cheapest failure to report. This covers
// the `.ts` modules; `.astro` files are compiled (not type-checked) by the
// build the site tests run, because @astrojs/check 0.9 does not load under
// Astro 7 here (its wasm runtime misses @emnapi/runtime).
const typescript = path.join(path.dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
const types = spawnSync(process.execPath, [typescript, '--noEmit', '-p', '.'], { stdio: 'inherit' });
if (types.status !== 0) process.exit(types.status ?? 1);

const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
