import { readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { measure } from './measure.ts';

/** One build of one system on one corpus. */
export interface BuildRun {
  system: SystemName;
  concepts: number;
  run: number;
  seconds: number;
  peakRssBytes: number;
  pages: number;
  pagesPerSecond: number;
  outputBytes: number;
  searchIndexBytes: number;
  /** Seconds the search indexing took, as the build reported it. */
  searchIndexSeconds: number | undefined;
}

export type SystemName = 'vet-commons' | 'starlight';

/** Total size of the files below a folder. */
export function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function astroBin(projectRoot: string): string {
  const require = createRequire(path.join(projectRoot, 'package.json'));
  return path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
}

/** How each system is built, where its output goes, and how its build reports the search index. */
export interface SystemBuild {
  name: SystemName;
  projectRoot: string;
  env: (corpus: { contentDir: string; starlightSrc: string; outDir: string }) => Record<string, string>;
  indexSeconds: RegExp;
}

/**
 * Builds a system cold (its content cache removed, so every build does the
 * whole work a fresh clone does) and measures it.
 */
export async function buildSystem(system: SystemBuild, corpus: { concepts: number; contentDir: string; starlightSrc: string }, outDir: string, run: number, log: (line: string) => void): Promise<BuildRun> {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(path.join(system.projectRoot, 'node_modules', '.astro'), { recursive: true, force: true });
  let lastProgress = 0;
  const result = await measure(process.execPath, [astroBin(system.projectRoot), 'build'], {
    cwd: system.projectRoot,
    env: { ...process.env, ...system.env({ ...corpus, outDir }) },
    onLine: (line) => {
      // Astro lists every page; show a heartbeat, not 40,000 lines.
      if (/├─|└─/.test(line) && performance.now() - lastProgress < 15_000) return;
      lastProgress = performance.now();
      log(`    ${line.replace(/\x1b\[[0-9;]*m/g, '').slice(0, 140)}`);
    },
  });
  if (result.code !== 0) throw new Error(`${system.name} build failed on ${corpus.concepts} concepts:\n${result.output.slice(-3000)}`);
  const pages = Number(/(\d+) page\(s\) built/.exec(result.output)?.[1] ?? 0);
  const indexSeconds = system.indexSeconds.exec(result.output)?.[1];
  return {
    system: system.name,
    concepts: corpus.concepts,
    run,
    seconds: result.seconds,
    peakRssBytes: result.peakRssBytes,
    pages,
    pagesPerSecond: pages / result.seconds,
    outputBytes: folderBytes(outDir),
    searchIndexBytes: folderBytes(path.join(outDir, 'pagefind')),
    searchIndexSeconds: indexSeconds === undefined ? undefined : Number(indexSeconds),
  };
}
