import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; playwright's own browser download cannot run here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags that keep Chromium from reaching out to the network on its own, which a
// closed sandbox refuses, slowly.
const quietFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function hasChromium(): boolean {
  return existsSync(chromiumPath);
}

/** Starts headless Chromium through playwright-core. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: quietFlags });
}

function installChromium(): boolean {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return false;
  console.log('Chromium is missing: installing Debian\'s chromium package (apt-get)...');
  const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (install()) return true;
  return spawnSync('apt-get', ['update'], { stdio: 'inherit' }).status === 0 && install();
}

/**
 * Makes sure Chromium is there for the browser tests and the benchmark:
 * Debian's package where this machine can install it, or any Chromium or
 * Chrome named by CHROMIUM_PATH. Exits with instructions otherwise.
 */
export function ensureChromium(purpose: string): void {
  if (hasChromium() || installChromium()) return;
  console.error(
    [
      `${purpose} need Chromium, which is not at ${chromiumPath}.`,
      'Install it, then run the command again:',
      '  Debian or Ubuntu:  sudo apt-get install -y chromium',
      '  Other systems:     install Chromium or Chrome and set CHROMIUM_PATH to its binary,',
      '                     e.g. CHROMIUM_PATH=/usr/bin/google-chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
