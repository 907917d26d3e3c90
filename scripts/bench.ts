/**
 * npm run bench [-- --sizes 100,1000,3000] — full builds of a seeded
 * synthetic corpus by our generator, by Astro Starlight (the peer) and by
 * Astro alone (the floor: MDX pages, no layout, no search), the
 * citation pipeline against a naive baseline, and the weight of the real
 * site's pages and first search. Prints a table and writes
 * bench/results/latest.json. Figures only: nothing here passes or fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchCitations } from './bench/citations.ts';
import { corpus, ourContent, writeOurProject, writeStarlightDocs } from './bench/corpus.ts';
import { contentPageWeights, searchFetch, type SearchFetch } from './bench/page-weight.ts';
import { markdownReport, type BenchResults, type BuildFigures } from './bench/report.ts';
import { bytesUnder, filesUnder } from './bench/sizes.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,3000' },
    'no-starlight': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-incremental': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes page counts separated by commas, e.g. --sizes 100,1000 (got "${values.sizes}").`);

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'bench/.work');
const starlightDir = join(root, 'bench/starlight');
const astroAloneDir = join(root, 'bench/astro-alone');
const started = performance.now();
const load = () => loadavg().map((n) => Number(n.toFixed(2)));
const loadAtStart = load();
mkdirSync(work, { recursive: true });

const timeBinary = '/usr/bin/time';
const hasTime = existsSync(timeBinary);

/**
 * Runs `astro build` in `cwd` as a child process. Peak memory is the largest
 * process in the build's tree (GNU time's "Maximum resident set size").
 */
function build(label: string, cwd: string, astroBin: string, pages: number, outDir: string): BuildFigures {
  // Every build starts cold, as on a fresh clone: Astro 7 otherwise copies
  // pages it built before from its cache, and the peer's cache would outlive
  // each run (ours is a fresh folder every time).
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(cwd, cache), { recursive: true, force: true });
  const log = join(work, `${label}.log`);
  const command = [process.execPath, astroBin, 'build', '--outDir', outDir];
  console.log(`building ${label} (log: ${log})`);
  const begin = performance.now();
  const run = spawnSync(hasTime ? timeBinary : command[0]!, hasTime ? ['-v', ...command] : command.slice(1), {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KB_CITATION_TIMING: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const wallSeconds = (performance.now() - begin) / 1000;
  writeFileSync(log, `${run.stdout}\n${run.stderr}`);
  if (run.status !== 0) throw new Error(`${label}: astro build failed (exit ${run.status}); see ${log}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  const cpu = ['User', 'System'].map((kind) => new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(run.stderr)?.[1]);
  const citationLines = [...run.stderr.matchAll(/^citation pipeline: (\d+) ms CPU$/gm)];
  return {
    wallSeconds: Number(wallSeconds.toFixed(1)),
    pagesPerSecond: Number((pages / wallSeconds).toFixed(1)),
    cpuSeconds: cpu.every(Boolean) ? Number((Number(cpu[0]) + Number(cpu[1])).toFixed(1)) : null,
    peakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null,
    citationMs: citationLines.length > 0 ? citationLines.reduce((sum, match) => sum + Number(match[1]), 0) : null,
    htmlFiles: filesUnder(outDir).filter((path) => path.endsWith('.html')).length,
    distMb: Number((bytesUnder(outDir) / 2 ** 20).toFixed(1)),
    // Astro alone builds no search index.
    indexMb: existsSync(join(outDir, 'pagefind')) ? Number((bytesUnder(join(outDir, 'pagefind')) / 2 ** 20).toFixed(1)) : null,
  };
}

/** A word in every synthetic page and on the real site. */
const searchQuery = 'power';
const searchFigures = ({ query, results, requests, bytes, gzip }: SearchFetch) => ({ query, results, requests: requests.length, bytes, gzip });

/**
 * Rebuilds at N = 1,000 after one change (scripts/bench/incremental.ts, run
 * as it is on its own): its table of builds, each change's incremental build
 * beside a cold build of the same content.
 */
function benchIncremental(): string[] {
  console.log('building incrementally at N = 1,000 (scripts/bench/incremental.ts; log: bench/.work/incr-1000/)');
  const run = spawnSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', join(root, 'scripts/bench/incremental.ts'), '--pages', '1000'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error('scripts/bench/incremental.ts failed; see its output above.');
  const lines = readFileSync(join(work, 'incr-1000/report.md'), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith('| build'));
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('|'));
  return lines.slice(start, end);
}

/** `npm run check` on the real site, as a maintainer runs it: the fastest of three, in seconds. */
function timeCheck(): number {
  const runs = [0, 1, 2].map(() => {
    const begin = performance.now();
    const run = spawnSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'src/cli/evidence-site.ts', 'check'], { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`npm run check failed on the real site:\n${run.stdout}${run.stderr}`);
    return (performance.now() - begin) / 1000;
  });
  return Number(Math.min(...runs).toFixed(1));
}

// The peer and the floor are installed on first run, each into its own folder; nothing but npm packages.
let starlightInstallSeconds: number | null = null;
const starlightBin = join(starlightDir, 'node_modules/astro/bin/astro.mjs');
const astroAloneBin = join(astroAloneDir, 'node_modules/astro/bin/astro.mjs');
if (!values['no-starlight']) {
  const begin = performance.now();
  for (const [dir, installed] of [[starlightDir, '@astrojs/starlight'], [astroAloneDir, '@astrojs/mdx']] as const) {
    if (existsSync(join(dir, 'node_modules', installed))) continue;
    console.log(`installing ${installed} into ${dir} (npm install)`);
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
    if (install.status !== 0) throw new Error(`npm install in ${dir} failed; see the output above.`);
    starlightInstallSeconds = Math.round((performance.now() - begin) / 1000);
  }
}
const versionOf = (dir: string, name: string) => (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

const builds: BenchResults['builds'] = [];
for (const pages of sizes) {
  const { works, pages: guidance } = corpus(pages);
  const ourDir = join(work, `ours-${pages}`);
  writeOurProject(root, ourDir, ourContent(guidance, works));
  const ours = build(`ours-${pages}`, ourDir, join(root, 'node_modules/astro/bin/astro.mjs'), pages, join(ourDir, 'dist'));
  // What a reader's first search costs at this size: the index grows with the site.
  const search = await searchFetch(join(ourDir, 'dist'), searchQuery);
  if (!values.keep) rmSync(ourDir, { recursive: true, force: true });
  const [starlight, astroAlone] = values['no-starlight']
    ? [null, null]
    : ([
        ['starlight', starlightDir, starlightBin],
        ['astro-alone', astroAloneDir, astroAloneBin],
      ] as const).map(([label, dir, bin]) => {
        writeStarlightDocs(join(dir, 'src/content/docs'), guidance);
        const outDir = join(work, `${label}-${pages}`);
        const figures = build(`${label}-${pages}`, dir, bin, pages, outDir);
        if (!values.keep) rmSync(outDir, { recursive: true, force: true });
        return figures;
      });
  const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? Number((a / b).toFixed(2)) : null);
  builds.push({ pages, works: works.length, ours, starlight: starlight ?? null, astroAlone: astroAlone ?? null, oursOverStarlight: { wall: ratio(ours.wallSeconds, starlight?.wallSeconds), cpu: ratio(ours.cpuSeconds, starlight?.cpuSeconds) }, search: search && searchFigures(search) });
}

const incremental = sizes.includes(1000) && !values['no-incremental'] ? benchIncremental() : null;

const citations = benchCitations();

// The real site, built apart from dist/ so a developer's build is left alone.
const siteDist = join(work, 'site');
const site = build('site', root, join(root, 'node_modules/astro/bin/astro.mjs'), filesUnder(join(root, 'content')).filter((p) => /\.mdx?$/.test(p)).length, siteDist);
const weights = contentPageWeights(siteDist);
const typical = weights[Math.floor(weights.length / 2)]!;
const heaviest = weights.at(-1)!;
const search = await searchFetch(siteDist, searchQuery);
const check = timeCheck();

const results: BenchResults = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version, loadAtStart, loadAtEnd: load() },
  versions: { astro: versionOf(root, 'astro'), starlight: values['no-starlight'] ? null : versionOf(starlightDir, '@astrojs/starlight'), starlightAstro: values['no-starlight'] ? null : versionOf(starlightDir, 'astro'), astroAlone: values['no-starlight'] ? null : versionOf(astroAloneDir, 'astro') },
  builds,
  citations: { speedUpOverNaive: Number(citations.speedUp.toFixed(1)), pipelineCitationsPerSecond: citations.pipelineRate, naiveCitationsPerSecond: citations.naiveRate, rows: citations.rows },
  incremental,
  site: { build: site, typicalPage: typical, heaviestPage: heaviest, search: search && { ...searchFigures(search), files: search.requests }, checkSeconds: check },
  starlightInstallSeconds,
  totalSeconds: Math.round((performance.now() - started) / 1000),
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
const report = markdownReport(results);
writeFileSync(join(root, 'bench/results/latest.md'), report);
console.log(`\n${report}\nEvery figure is in bench/results/latest.json; build logs are in bench/.work/.`);
