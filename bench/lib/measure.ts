import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  /** Wall-clock time from spawn to exit, in seconds. */
  seconds: number;
  /** Highest sum of resident memory over the process and all its descendants, in bytes. */
  peakRssBytes: number;
  /** Exit code. */
  code: number;
  /** stdout and stderr, interleaved. */
  output: string;
}

/** Parent pid of every running process, read from /proc. */
function processTable(): Map<number, { parent: number; rssBytes: number }> {
  const table = new Map<number, { parent: number; rssBytes: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      table.set(Number(entry), { parent, rssBytes: rssKb * 1024 });
    } catch {
      // The process ended while the table was read.
    }
  }
  return table;
}

/** Resident memory of a process tree: Astro's workers and Pagefind's binary count too. */
function treeRss(root: number): number {
  const table = processTable();
  let total = 0;
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop()!;
    total += table.get(pid)?.rssBytes ?? 0;
    for (const [child, info] of table) if (info.parent === pid) pending.push(child);
  }
  return total;
}

/**
 * Runs a command and measures it: wall time and peak resident memory of its
 * whole process tree, sampled every 250 ms (reading /proc more often costs
 * the build a noticeable share of a core). `onLine` sees output as it comes.
 */
export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; onLine?: (line: string) => void }): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let pending = '';
  const collect = (data: Buffer) => {
    const text = data.toString();
    output += text;
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) options.onLine?.(line);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peakRssBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakRssBytes = Math.max(peakRssBytes, treeRss(child.pid));
  }, 250);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearInterval(sampler);
      resolve({ seconds: (performance.now() - started) / 1000, peakRssBytes, code: code ?? 1, output });
    }),
  );
}
