import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Starts decap-server on a repository: the local backend of the CMS. In Git
 * mode (the default) it supports the editorial workflow (branches
 * `cms/<collection>/<slug>`, status in Git config); in `fs` mode it writes
 * files directly, which tests use to see exactly what the CMS writes.
 * Resolves once it listens.
 */
export function startDecapServer(repo: string, port: number, options: { mode?: 'git' | 'fs'; log?: (line: string) => void } = {}): Promise<ChildProcess> {
  const { mode = 'git', log = () => {} } = options;
  const require = createRequire(import.meta.url);
  const entry = path.join(path.dirname(require.resolve('decap-server/package.json')), 'dist', 'index.js');
  const child = spawn(process.execPath, [entry], {
    cwd: repo,
    env: { ...process.env, MODE: mode, GIT_REPO_DIRECTORY: repo, PORT: String(port), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('decap-server did not start within 20 s')), 20_000);
    const onData = (data: Buffer) => {
      for (const line of data.toString().split('\n').filter(Boolean)) {
        log(line);
        if (line.includes('listening')) {
          clearTimeout(timer);
          resolve(child);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`decap-server exited with code ${code}`));
    });
  });
}
