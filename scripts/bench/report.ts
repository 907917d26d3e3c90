/**
 * The benchmark's results as Markdown: printed by `npm run bench`, written to
 * bench/results/latest.md and pasted into the README's "Performance" section.
 * Run this file to redo the Markdown from bench/results/latest.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { PageWeight } from './page-weight.ts';

export interface BuildFigures {
  wallSeconds: number;
  /** User + system CPU of the build's processes: steadier than wall time on a busy machine. */
  cpuSeconds: number | null;
  pagesPerSecond: number;
  peakRssMb: number | null;
  /** CPU time of the citation pipeline (check, citations plugin) in the build's main thread. */
  citationMs: number | null;
  htmlFiles: number;
  distMb: number;
  /** null: no search index (Astro alone). */
  indexMb: number | null;
}

/** A reader's first search: every request the search page makes until its results show. */
export interface SearchFigures {
  query: string;
  results: number;
  requests: number;
  bytes: number;
  gzip: number;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; node: string; loadAtStart: number[]; loadAtEnd: number[] };
  /** astroAlone: the Astro of bench/astro-alone/ (results before 2026-12-05 have none). */
  versions: { astro: string; starlight: string | null; starlightAstro: string | null; astroAlone?: string | null };
  /** astroAlone: the same pages built by Astro and MDX alone, the floor under both builds (results before 2026-12-05 have none). */
  builds: { pages: number; works: number; ours: BuildFigures; starlight: BuildFigures | null; astroAlone?: BuildFigures | null; oursOverStarlight: { wall: number | null; cpu: number | null }; search: SearchFigures | undefined }[];
  /** scripts/bench/incremental.ts's table at N = 1,000, when it ran. */
  incremental: string[] | null;
  citations: { speedUpOverNaive: number; pipelineCitationsPerSecond: number; naiveCitationsPerSecond: number; rows: string[][] };
  site: {
    build: BuildFigures;
    typicalPage: PageWeight;
    heaviestPage: PageWeight;
    search: (SearchFigures & { files: { url: string; bytes: number; gzip: number }[] }) | undefined;
    /** `npm run check` on the real site, seconds. */
    checkSeconds: number;
  };
  starlightInstallSeconds: number | null;
  totalSeconds: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const orNa = (value: number | null, unit = '') => (value === null ? 'n/a' : `${value}${unit}`);

export function markdownReport(results: BenchResults): string {
  const { builds, site, citations, machine, versions } = results;
  const byN = (n: number) => builds.find((b) => b.pages === n);
  const [n1000, n3000] = [byN(1000), byN(3000)];
  return [
    row(['N pages', 'build', 'wall time', 'CPU time', 'pages/s', 'peak RSS', 'citation pipeline (CPU)', 'dist/', 'search index']),
    row(Array(9).fill('---')),
    ...builds.flatMap(({ pages, ours, starlight, astroAlone }) =>
      [['ours', ours] as const, [`Starlight ${versions.starlight}`, starlight] as const, ['Astro alone (floor)', astroAlone ?? null] as const].flatMap(([who, f]) =>
        f
          ? [row([pages.toLocaleString('en-GB'), who, `${f.wallSeconds} s`, orNa(f.cpuSeconds, ' s'), f.pagesPerSecond, orNa(f.peakRssMb, ' MB'), f.citationMs === null ? 'n/a' : `${(f.citationMs / 1000).toFixed(1)} s`, `${f.distMb} MB`, orNa(f.indexMb, ' MB')])]
          : [],
      ),
    ),
    '',
    ...builds.flatMap(({ pages, oursOverStarlight: { wall, cpu } }) => (wall === null ? [] : [`- N = ${pages.toLocaleString('en-GB')}: ours / Starlight = ${wall} in wall time, ${orNa(cpu)} in CPU time.`])),
    ...builds.flatMap(({ pages, ours, starlight, astroAlone }) =>
      !starlight || !astroAlone
        ? []
        : [
            `- N = ${pages.toLocaleString('en-GB')}: Astro alone (the same pages, no layout, no search) took ${(astroAlone.wallSeconds / starlight.wallSeconds).toFixed(2)} of Starlight's wall time; over it, ours added ${(ours.wallSeconds - astroAlone.wallSeconds).toFixed(1)} s and Starlight ${(starlight.wallSeconds - astroAlone.wallSeconds).toFixed(1)} s.`,
          ],
    ),
    ...(n1000 && n3000 ? [`- N = 1,000 → 3,000: our build took ${(n3000.ours.wallSeconds / n1000.ours.wallSeconds).toFixed(2)}x the wall time and ${n3000.ours.cpuSeconds && n1000.ours.cpuSeconds ? (n3000.ours.cpuSeconds / n1000.ours.cpuSeconds).toFixed(2) : 'n/a'}x the CPU time (linear would be 3x).`] : []),
    ...builds.flatMap(({ pages, search }) => (search ? [`- N = ${pages.toLocaleString('en-GB')}: first search ("${search.query}", ${search.results} results) ${search.requests} requests, ${kb(search.gzip)} gzip.`] : [])),
    ...(results.incremental ? ['', 'Rebuilds at N = 1,000 after one change (incremental), each beside a cold build of the same content (cold):', '', ...results.incremental, ''] : []),
    `- \`npm run check\` on the real site (every content check, no build): ${site.checkSeconds} s.`,
    `- Citation pipeline against a new citation-js \`Cite\` per citation: ${citations.speedUpOverNaive}x faster (${citations.pipelineCitationsPerSecond.toLocaleString('en-GB')} against ${citations.naiveCitationsPerSecond.toLocaleString('en-GB')} citations/s).`,
    '',
    row(['real site, gzip', 'HTML', 'CSS', 'JS']),
    row(Array(4).fill('---')),
    ...[['typical', site.typicalPage] as const, ['heaviest', site.heaviestPage] as const].map(([which, page]) => row([`${which} content page (${page.page})`, kb(page.html), kb(page.css), kb(page.js)])),
    '',
    site.search
      ? `First search ("${site.search.query}", ${site.search.results} results): ${site.search.requests} requests, ${kb(site.search.gzip)} gzip (${kb(site.search.bytes)} uncompressed): the search page, Pagefind's script and WebAssembly, one index chunk and the result fragments.`
      : 'First search: not measured (no Chromium).',
    '',
    `Measured ${results.date.slice(0, 10)} on ${machine.cpus} CPUs shared with other builds (load average ${machine.loadAtStart[0]} at start, ${machine.loadAtEnd[0]} at end), Node ${machine.node}, Astro ${versions.astro}${versions.starlightAstro ? ` (Starlight on Astro ${versions.starlightAstro})` : ''}. Whole run ${Math.round(results.totalSeconds / 60)} min${results.starlightInstallSeconds === null ? '' : `, installing the peers included`}.`,
    '',
  ].join('\n');
}

if (import.meta.main) {
  const dir = new URL('../../bench/results/', import.meta.url);
  writeFileSync(new URL('latest.md', dir), markdownReport(JSON.parse(readFileSync(new URL('latest.json', dir), 'utf8')) as BenchResults));
}
