// `npm test`: every test, from unit tests to the browser tests. Browser tests
// need Chromium: Debian's package where this machine can install it, or any
// Chromium or Chrome named by CHROMIUM_PATH.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromiumPath, hasChromium } from '../test/support/browser.ts';

function installChromium(): boolean {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return false;
  console.log('Chromium is missing: installing Debian\'s chromium package (apt-get)...');
  const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (install()) return true;
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  return install();
}

if (!hasChromium() && !installChromium()) {
  console.error(
    [
      `The browser tests need Chromium, which is not at ${chromiumPath}.`,
      'Install it, then run npm test again:',
      '  Debian or Ubuntu:  sudo apt-get install -y chromium',
      '  Other systems:     install Chromium or Chrome and set CHROMIUM_PATH to its binary,',
      '                     e.g. CHROMIUM_PATH=/usr/bin/google-chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}

const require = createRequire(import.meta.url);
const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
