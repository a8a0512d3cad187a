// `npm run bench`: builds VET Commons and a Starlight peer on synthetic
// glossaries of 1,000 and 10,000 concepts, alternating, several times each,
// and measures pages, search and the dev server. Writes bench/results.json
// and bench/RESULTS.md. Options: --sizes=1000,10000 --runs=3
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureChromium, launchBrowser } from '../scripts/lib/browser.ts';
import { startStaticServer } from '../scripts/lib/static-server.ts';
import { syntheticSlug } from './lib/corpus.ts';
import { measureDevReflect } from './lib/dev-reflect.ts';
import { pageWeight, searchPayload, type SearchUi } from './lib/browser-measures.ts';
import { summary, writeReport, type BenchResults, type CorpusResults } from './lib/report.ts';
import { writeStarlightPages } from './lib/starlight-pages.ts';
import { buildSystem, type BuildRun, type SystemBuild, type SystemName } from './lib/systems.ts';
import { writeCorpus } from './lib/write-corpus.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(projectRoot, 'bench');
const work = path.join(benchDir, '.work');
const starlightRoot = path.join(benchDir, 'starlight');

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '3' } } });
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

const ours: SystemBuild = {
  name: 'vet-commons',
  projectRoot,
  // The whole site as `npm run build` makes it.
  env: ({ contentDir, outDir }) => ({ VET_CONTENT_DIR: contentDir, VET_OUT_DIR: outDir }),
  indexSeconds: /indexed \d+ pages in ([\d.]+) s/,
};
const starlight: SystemBuild = {
  name: 'starlight',
  projectRoot: starlightRoot,
  env: ({ starlightSrc, outDir }) => ({ STARLIGHT_SRC_DIR: starlightSrc, STARLIGHT_OUT_DIR: outDir }),
  indexSeconds: /Finished building search index in ([\d.]+)s/,
};

const ourSearch: SearchUi = { path: '/', input: '#site-search-input', results: '#site-search-results [role="option"]' };
const starlightSearch: SearchUi = {
  path: '/glossary/',
  input: '.pagefind-ui__search-input',
  results: '.pagefind-ui__result',
  open: async (page) => {
    await page.locator('button[data-open-modal]:not([disabled])').first().click();
  },
};
// Terms a partner would type: English, a partner language, a phrase, a topic.
const queries = ['apprenticeship', 'naukovanje', 'learning agreement', 'insurance', 'regional training'];

function installStarlight(): void {
  if (existsSync(path.join(starlightRoot, 'node_modules', '@astrojs', 'starlight'))) return;
  log('Installing the Starlight peer project (bench/starlight, npm ci)...');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: starlightRoot, stdio: 'inherit' });
  if (install.status !== 0) throw new Error('npm ci in bench/starlight failed');
}

async function main(): Promise<void> {
  ensureChromium('The benchmark\'s page and search measurements');
  installStarlight();
  const startedAt = new Date();
  const browser = await launchBrowser();
  const corpora: CorpusResults[] = [];
  try {
    for (const concepts of sizes) {
      log(`Corpus of ${concepts} concepts: writing content and Starlight pages...`);
      const contentDir = writeCorpus(projectRoot, path.join(work, `corpus-${concepts}`), concepts);
      const starlightSrc = path.join(starlightRoot, '.work', `src-${concepts}`);
      writeStarlightPages(contentDir, starlightSrc);
      const corpus = { concepts, contentDir, starlightSrc };
      const builds: BuildRun[] = [];
      const outDirs = { 'vet-commons': path.join(work, `out-vet-commons-${concepts}`), starlight: path.join(work, `out-starlight-${concepts}`) };
      for (let run = 1; run <= runs; run++) {
        // Alternate which system goes first, so neither always meets a warm disk cache.
        const order = run % 2 === 1 ? [ours, starlight] : [starlight, ours];
        for (const system of order) {
          log(`${concepts} concepts, run ${run} of ${runs}: building ${system.name}...`);
          const result = await buildSystem(system, corpus, outDirs[system.name], run, log);
          log(`  ${system.name}: ${result.seconds.toFixed(1)} s, ${result.pages} pages, peak ${(result.peakRssBytes / 2 ** 30).toFixed(2)} GiB`);
          builds.push(result);
        }
      }
      log(`${concepts} concepts: measuring pages and search in Chromium...`);
      const servers = { ours: await startStaticServer({ root: outDirs['vet-commons'], port: 0 }), starlight: await startStaticServer({ root: outDirs.starlight, port: 0 }) };
      try {
        const slug = syntheticSlug(0);
        const at = (server: { port: number }) => `http://localhost:${server.port}`;
        corpora.push({
          concepts,
          builds,
          ratios: builds.filter((build) => build.system === 'vet-commons').map((build) => build.seconds / builds.find((other) => other.system === 'starlight' && other.run === build.run)!.seconds),
          pageWeight: {
            ours: await pageWeight(browser, `${at(servers.ours)}/glossary/${slug}/`),
            starlight: await pageWeight(browser, `${at(servers.starlight)}/glossary/${slug}/`),
          },
          search: {
            ours: await searchPayload(browser, at(servers.ours), ourSearch, queries),
            starlight: await searchPayload(browser, at(servers.starlight), starlightSearch, queries),
          },
        });
      } finally {
        servers.ours.close();
        servers.starlight.close();
      }
    }

    log('The real site (content/): building and measuring search...');
    const realOut = path.join(work, 'out-real');
    const realBuild = await buildSystem(ours, { concepts: 0, contentDir: path.join(projectRoot, 'content'), starlightSrc: '' }, realOut, 1, log);
    const realServer = await startStaticServer({ root: realOut, port: 0 });
    const realSearch = await searchPayload(browser, `http://localhost:${realServer.port}`, ourSearch, queries).finally(() => realServer.close());
    const realWeight = await pageWeight(browser, `http://localhost:${realServer.port}/glossary/apprenticeship/`).catch(() => undefined);

    const devCorpus = sizes.includes(1000) ? 1000 : sizes[0];
    log(`npm run dev on ${devCorpus} concepts: timing an edited concept...`);
    const dev = await measureDevReflect(projectRoot, path.join(work, `corpus-${devCorpus}`), syntheticSlug(0), browser);

    const results: BenchResults = {
      date: startedAt.toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      versions: {
        astro: JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/astro/package.json'), 'utf8')).version,
        starlight: JSON.parse(readFileSync(path.join(starlightRoot, 'node_modules/@astrojs/starlight/package.json'), 'utf8')).version,
        pagefind: JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/pagefind/package.json'), 'utf8')).version,
      },
      runs,
      corpora,
      realSite: { build: realBuild, search: realSearch, pageWeight: realWeight },
      dev: { concepts: devCorpus, ...dev },
    };
    writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeReport(results, benchDir);
    log('Wrote bench/results.json and bench/RESULTS.md.');
    for (const corpus of corpora) {
      const time = (system: SystemName) => summary(corpus.builds, system).median.toFixed(1);
      log(`${corpus.concepts} concepts: VET Commons ${time('vet-commons')} s, Starlight ${time('starlight')} s (median).`);
    }
  } finally {
    await browser.close();
  }
}

await main();
