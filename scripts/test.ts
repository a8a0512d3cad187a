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
// `astro sync` first writes the types of `astro:content` and `import.meta.env`,
// which a fresh clone does not have yet.
const run = (script: string, args: string[]) => spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' }).status ?? 1;
const astro = path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
const typescript = path.join(path.dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
const typeCheck = run(astro, ['sync']) || run(typescript, ['--noEmit', '-p', '.']);
if (typeCheck !== 0) process.exit(typeCheck);

const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
process.exit(run(vitest, ['run', ...process.argv.slice(2)]));
