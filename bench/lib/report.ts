import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PageWeight, SearchPayload } from './browser-measures.ts';
import type { DevReflect } from './dev-reflect.ts';
import type { BuildRun, SystemName } from './systems.ts';
import { median } from './median.ts';

export interface CorpusResults {
  concepts: number;
  builds: BuildRun[];
  /** Our build time over Starlight's, run by run. */
  ratios: number[];
  pageWeight: { ours: PageWeight; starlight: PageWeight };
  search: { ours: SearchPayload; starlight: SearchPayload };
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  versions: { astro: string; starlight: string; pagefind: string };
  runs: number;
  corpora: CorpusResults[];
  realSite: { build: BuildRun; search: SearchPayload; pageWeight: PageWeight | undefined };
  dev: DevReflect & { concepts: number };
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
/** Query-to-first-result median, and how many samples were lost, if any. */
const timing = ({ queryToResultMs: { median, each } }: SearchPayload) => {
  const lost = each.filter((value) => !Number.isFinite(value)).length;
  return `${Number.isFinite(median) ? `${median} ms` : 'not measured'}${lost ? ` (${lost} of ${each.length} samples lost)` : ''}`;
};

/** Median, lowest and highest of one system's runs on one corpus. */
export function summary(builds: BuildRun[], system: SystemName) {
  const mine = builds.filter((build) => build.system === system);
  const times = mine.map((build) => build.seconds);
  return {
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    peakRss: Math.max(...mine.map((build) => build.peakRssBytes)),
    pages: mine[0].pages,
    pagesPerSecond: median(mine.map((build) => build.pagesPerSecond)),
    outputBytes: mine[0].outputBytes,
    searchIndexBytes: mine[0].searchIndexBytes,
    searchIndexSeconds: median(mine.map((build) => build.searchIndexSeconds ?? Number.NaN)),
  };
}

interface Goal {
  goal: string;
  measured: string;
  met: boolean;
}

function goals(results: BenchResults): Goal[] {
  const large = results.corpora.find((corpus) => corpus.concepts === 10000) ?? results.corpora.at(-1)!;
  const ours = summary(large.builds, 'vet-commons');
  const ratio = median(large.ratios);
  const weight = large.pageWeight.ours;
  return [
    { goal: `${large.concepts} concepts: full build with search index in at most 120 s`, measured: seconds(ours.median), met: ours.median <= 120 },
    { goal: `${large.concepts} concepts: peak memory (RSS) at most 2 GB`, measured: gib(ours.peakRss), met: ours.peakRss <= 2 * 2 ** 30 },
    { goal: `${large.concepts} concepts: at least 2x faster than Starlight on the same concepts`, measured: `${(1 / ratio).toFixed(2)}x (ours/Starlight ${ratio.toFixed(2)})`, met: ratio <= 0.5 },
    { goal: 'Concept page: at most 30 kB of HTML+CSS compressed', measured: kb(weight.html + weight.css), met: weight.html + weight.css <= 30_000 },
    { goal: 'Concept page: at most 5 kB of JavaScript before any interaction', measured: kb(weight.js), met: weight.js <= 5_000 },
    { goal: `npm run dev shows an edited concept in under 1 s (${results.dev.concepts} concepts)`, measured: `${results.dev.median} ms`, met: results.dev.median < 1000 },
    { goal: `Search: first query under 150 kB at ${large.concepts} concepts`, measured: kb(large.search.ours.firstQueryBytes), met: large.search.ours.firstQueryBytes < 150_000 },
    { goal: 'Search: first results under 100 ms after the index is warm', measured: timing(large.search.ours), met: large.search.ours.queryToResultMs.median < 100 },
  ];
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function corpusSection(corpus: CorpusResults): string {
  const ours = summary(corpus.builds, 'vet-commons');
  const theirs = summary(corpus.builds, 'starlight');
  const row = (label: string, value: (s: ReturnType<typeof summary>) => string) => [label, value(ours), value(theirs)];
  const search = (payload: SearchPayload) => [kb(payload.firstQueryBytes), kb(payload.sessionBytes), timing(payload)];
  const weight = (page: PageWeight) => [kb(page.html), kb(page.css), kb(page.js), kb(page.other), String(page.requests)];
  return [
    `## ${corpus.concepts.toLocaleString('en')} concepts`,
    '',
    table(['', 'VET Commons', 'Starlight'], [
      row('Pages built', (s) => s.pages.toLocaleString('en')),
      row('Build time, median (min–max)', (s) => `${seconds(s.median)} (${seconds(s.min)}–${seconds(s.max)})`),
      row('Pages per second', (s) => s.pagesPerSecond.toFixed(0)),
      row('Peak memory (RSS, whole process tree)', (s) => gib(s.peakRss)),
      row('Output size', (s) => mb(s.outputBytes)),
      row('Search index size', (s) => mb(s.searchIndexBytes)),
      row('Search indexing time (median)', (s) => seconds(s.searchIndexSeconds)),
    ]),
    '',
    `Build time ours/Starlight, run by run: ${corpus.ratios.map((ratio) => ratio.toFixed(2)).join(', ')} (median ${median(corpus.ratios).toFixed(2)}).`,
    '',
    'A concept page on a first visit (compressed bytes, phone viewport, empty cache):',
    '',
    table(['', 'HTML', 'CSS', 'JS', 'Other', 'Requests'], [['VET Commons', ...weight(corpus.pageWeight.ours)], ['Starlight', ...weight(corpus.pageWeight.starlight)]]),
    '',
    `Search (queries: ${corpus.search.ours.queries.map((query) => `"${query}"`).join(', ')}):`,
    '',
    table(['', 'First query', 'Five-query session', 'Query to first result (warm, median)'], [['VET Commons', ...search(corpus.search.ours)], ['Starlight', ...search(corpus.search.starlight)]]),
    '',
  ].join('\n');
}

/** Writes bench/RESULTS.md: the goals, each corpus, the real site, the dev server, and the hand-kept notes on what was tried. */
export function writeReport(results: BenchResults, benchDir: string): void {
  const real = results.realSite;
  const notes = readFileSync(path.join(benchDir, 'optimisations.md'), 'utf8').trim();
  const text = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${results.date.slice(0, 10)}: ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}; Astro ${results.versions.astro}, Starlight ${results.versions.starlight}, Pagefind ${results.versions.pagefind}. Each system built each corpus ${results.runs} times, cold (no content cache), alternating which went first. Figures in \`results.json\`; the method in \`bench/README.md\`.`,
    '',
    '## Goals',
    '',
    table(['Goal', 'Measured', 'Met'], goals(results).map((goal) => [goal.goal, goal.measured, goal.met ? 'yes' : '**no**'])),
    '',
    ...results.corpora.map(corpusSection),
    '## The real site',
    '',
    `\`content/\` as it is: ${real.build.pages.toLocaleString('en')} pages in ${seconds(real.build.seconds)}, peak ${gib(real.build.peakRssBytes)}, search index ${mb(real.build.searchIndexBytes)} built in ${seconds(real.build.searchIndexSeconds ?? Number.NaN)}. Search: first query ${kb(real.search.firstQueryBytes)}, five-query session ${kb(real.search.sessionBytes)}, query to first result ${timing(real.search)} (warm, median).${real.pageWeight ? ` The apprenticeship concept page: ${kb(real.pageWeight.html)} HTML, ${kb(real.pageWeight.css)} CSS, ${kb(real.pageWeight.js)} JS (compressed).` : ''}`,
    '',
    '## npm run dev',
    '',
    `On ${results.dev.concepts.toLocaleString('en')} concepts, the dev server answered its first concept page ${seconds(results.dev.firstPageSeconds)} after starting. An edit to a concept's definition showed in the open tab after ${results.dev.each.map((ms) => `${ms} ms`).join(', ')} (median ${results.dev.median} ms).`,
    '',
    notes,
    '',
  ].join('\n');
  writeFileSync(path.join(benchDir, 'RESULTS.md'), text);
}
