import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

// Variables a test runner (Vite) puts in the environment, which would leak
// into the build's import.meta.env (BASE_URL above all).
const viteVariables = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);

function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !viteVariables.has(name) && !name.startsWith('VITEST')));
}

/**
 * Runs `astro build` in a child process (the same Node that runs this script),
 * with extra environment such as `VET_CONTENT_DIR` or `VET_OUT_DIR`. Resolves
 * with the exit code and what the build printed.
 */
export function buildSite(projectRoot: string, env: Record<string, string>, echo = true): Promise<{ code: number; output: string }> {
  const require = createRequire(path.join(projectRoot, 'package.json'));
  const astro = path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [astro, 'build'], { cwd: projectRoot, env: { ...cleanEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (data: Buffer) => {
    output += data.toString();
    if (echo) process.stdout.write(data);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code: code ?? 1, output })));
}
