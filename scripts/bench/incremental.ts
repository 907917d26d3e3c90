/**
 * node --experimental-strip-types scripts/bench/incremental.ts [--pages 1000]
 *
 * Astro's incremental build (experimental.incrementalBuild) on the benchmark
 * corpus, in one run: a cold build, a rebuild with nothing changed, one after
 * editing a guidance page's text, one after editing a bibliography entry a
 * few pages cite. After each change a cold build of the same content (caches
 * moved aside, into another folder) is compared with the incremental output
 * file by file. Every build's log is kept with each line's time since the
 * build started (bench/.work/incr-<pages>/*.log), and its wall time is split
 * into phases from those times. Figures only: nothing passes or fails.
 * The machine's cores may be shared: compare figures within one run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { corpus, ourContent, writeOurProject } from './corpus.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, 'keep-project': { type: 'boolean', default: false } } });
const pageCount = Number(values.pages);
const root = resolve(import.meta.dirname, '../..');
const project = join(root, `bench/.work/incr-${pageCount}`);
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
// One build day for every build of the run, so dates cannot differ between a build and its cold reference.
const sourceDateEpoch = String(Math.floor(Date.now() / 1000));
const caches = ['.astro', 'node_modules/.astro', 'node_modules/.vite'];

interface Line {
  ms: number;
  text: string;
}

interface Build {
  label: string;
  wallMs: number;
  lines: Line[];
}

// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\u001b\[[\d;]*m/g, '');

/** Runs `astro build` in the project, each output line stamped with its time since the build started. */
async function build(label: string, outDir: string): Promise<Build> {
  const begin = performance.now();
  const child = spawn(process.execPath, [astroBin, 'build', '--outDir', outDir], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: sourceDateEpoch },
  });
  const lines: Line[] = [];
  const collect = (stream: NodeJS.ReadableStream) => createInterface({ input: stream }).on('line', (text) => lines.push({ ms: performance.now() - begin, text: plain(text) }));
  collect(child.stdout);
  collect(child.stderr);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = performance.now() - begin;
  writeFileSync(join(project, `${label}.log`), lines.map(({ ms, text }) => `[${(ms / 1000).toFixed(3).padStart(7)}] ${text}`).join('\n') + '\n');
  if (code !== 0) throw new Error(`${label}: astro build failed (exit ${code}); see ${join(project, `${label}.log`)}`);
  return { label, wallMs, lines };
}

const pageLine = /[├└]─ (\S+)/;
const familyOf = (path: string) => (path.split('/').filter(Boolean).length > 1 ? `/${path.split('/')[1]}/` : '(top level)');

/** The build's wall time in phases, from the times of the lines that start and end them. */
function phases({ wallMs, lines }: Build): [string, number][] {
  const at = (pattern: RegExp, from = 0) => lines.find((line, index) => index >= from && pattern.test(line.text))?.ms;
  const indexAt = (pattern: RegExp, from = 0) => lines.findIndex((line, index) => index >= from && pattern.test(line.text));
  const marks: [string, number | undefined][] = [
    ['start-up, config, content gate', at(/content-gate\]/)],
    ['site settings, until content sync', at(/\[content\] Syncing content/)],
    ['content sync and types', at(/\[types\] Generated/)],
    ['collecting build info', at(/Building static entrypoints/)],
    ['vite (server and client bundles)', at(/generating static routes/)],
    ['getStaticPaths (until the first page)', lines.find((line) => pageLine.test(line.text))?.ms],
  ];
  const result: [string, number][] = [];
  let previous = 0;
  for (const [name, ms] of marks) {
    if (ms === undefined) continue;
    result.push([name, ms - previous]);
    previous = ms;
  }
  // Pages are logged as they start, 16 at a time: a family runs from its first page to the next family's first.
  const pages = lines.filter((line) => pageLine.test(line.text));
  const generationEndIndex = indexAt(/✓ Completed in/, lines.indexOf(pages.at(-1)!));
  const generationEnd = lines[generationEndIndex]?.ms ?? previous;
  const families: { name: string; start: number; count: number; reused: number }[] = [];
  for (const line of pages) {
    const name = familyOf(pageLine.exec(line.text)![1]!);
    const reused = /\((?:cached|restored)\)/.test(line.text) ? 1 : 0;
    const last = families.at(-1);
    if (last?.name === name) {
      last.count++;
      last.reused += reused;
    } else families.push({ name, start: line.ms, count: 1, reused });
  }
  // Families interleave where Astro's order mixes routes: each family's runs are summed.
  const totals = new Map<string, { ms: number; count: number; reused: number }>();
  families.forEach((family, index) => {
    const total = totals.get(family.name) ?? { ms: 0, count: 0, reused: 0 };
    total.ms += (families[index + 1]?.start ?? generationEnd) - family.start;
    total.count += family.count;
    total.reused += family.reused;
    totals.set(family.name, total);
  });
  for (const [name, { ms, count, reused }] of totals) result.push([`  routes ${name} (${count} files, ${reused} reused)`, ms]);
  previous = generationEnd;
  const after: [string, number | undefined][] = [
    ['after generation (cache manifest)', at(/\[build\] ✓ Completed in/, generationEndIndex)],
    ['link-check', at(/link-check\]/, generationEndIndex)],
    ['pagefind', at(/pagefind\] Indexed/, generationEndIndex)],
    ['sitemap, site-integrity', at(/site-integrity\]/, generationEndIndex)],
    ['finish, exit', wallMs],
  ];
  for (const [name, ms] of after) {
    if (ms === undefined) continue;
    result.push([name, ms - previous]);
    previous = ms;
  }
  return result;
}

function counts({ lines }: Build) {
  const pages = lines.filter((line) => pageLine.test(line.text));
  const reused = pages.filter((line) => /\((?:cached|restored)\)/.test(line.text));
  const rendered = pages.filter((line) => !/\((?:cached|restored)\)/.test(line.text)).map((line) => pageLine.exec(line.text)![1]!);
  return { files: pages.length, reused: reused.length, rendered };
}

/** A cold build of the project's current content into `outDir`, with the incremental build's caches moved aside and put back. */
async function coldReference(label: string, outDir: string): Promise<Build> {
  for (const cache of caches) if (existsSync(join(project, cache))) renameSync(join(project, cache), join(project, `${cache}.stash`));
  try {
    return await build(label, outDir);
  } finally {
    for (const cache of caches) {
      rmSync(join(project, cache), { recursive: true, force: true });
      if (existsSync(join(project, `${cache}.stash`))) renameSync(join(project, `${cache}.stash`), join(project, cache));
    }
  }
}

/** Files that differ between two output folders, or exist in one only (diff -rq). */
function compare(a: string, b: string): string[] {
  const run = spawnSync('diff', ['-rq', a, b], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return run.stdout.split('\n').filter(Boolean);
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

// The project: the generator as it is in this checkout, with the benchmark corpus.
const { works, pages } = corpus(pageCount);
writeOurProject(root, project, ourContent(pages, works));
for (const cache of caches) rmSync(join(project, cache), { recursive: true, force: true });

const report: string[] = [`# Incremental build, ${pageCount} synthetic pages (${new Date().toISOString()})`, ''];
const builds: Build[] = [];
const step = async (label: string, outDir: string, cold = false) => {
  console.log(`building ${label}`);
  const result = cold ? await coldReference(label, outDir) : await build(label, outDir);
  builds.push(result);
  const { files, reused, rendered } = counts(result);
  console.log(`  ${seconds(result.wallMs)} s, ${files} files, ${reused} reused, ${rendered.length} rendered`);
  return result;
};
const dist = join(project, 'dist');

await step('1-cold', dist);
spawnSync('cp', ['-r', dist, join(project, 'dist-ref-unchanged')]);
await step('2-unchanged', dist);
const unchangedDiff = compare(join(project, 'dist-ref-unchanged'), dist);

// One guidance page's text: a sentence with no citation and no glossary term.
const guidanceDir = join(project, 'content/guidance');
const pageFile = join(guidanceDir, readdirSync(guidanceDir).sort()[Math.floor(pageCount / 2)]!);
writeFileSync(pageFile, readFileSync(pageFile, 'utf8').replace(/\n*$/, '\n\nThis sentence was added to measure an incremental build.\n'));
await step('3-page-edited', dist);
await step('3-page-edited-cold', join(project, 'dist-ref-page'), true);
const pageDiff = compare(join(project, 'dist-ref-page'), dist);

// The bibliography entry the fewest guidance pages cite (at least two), and
// not one the case study or evidence page names: its title changes.
const bodies = readdirSync(guidanceDir).map((name) => readFileSync(join(guidanceDir, name), 'utf8'));
const citing = works.slice(2).map((work) => ({ id: work.id, pages: bodies.filter((body) => new RegExp(`@${work.id}\\b`).test(body)).length })).filter((work) => work.pages >= 2);
const target = citing.sort((a, b) => a.pages - b.pages)[0]!;
const bibFile = join(project, 'content/bibliography/synthetic.json');
const bibliography = JSON.parse(readFileSync(bibFile, 'utf8')) as { id: string; title: string }[];
bibliography.find((work) => work.id === target.id)!.title += ' (edited)';
writeFileSync(bibFile, JSON.stringify(bibliography, null, 2));
await step('4-work-edited', dist);
await step('4-work-edited-cold', join(project, 'dist-ref-work'), true);
const workDiff = compare(join(project, 'dist-ref-work'), dist);

report.push('| build | wall s | files | reused | rendered |', '|---|---:|---:|---:|---:|');
for (const result of builds) {
  const { files, reused, rendered } = counts(result);
  report.push(`| ${result.label} | ${seconds(result.wallMs)} | ${files} | ${reused} | ${rendered.length} |`);
}
for (const result of builds) {
  report.push('', `## Phases of ${result.label}`, '', '| phase | s |', '|---|---:|');
  for (const [name, ms] of phases(result)) report.push(`| ${name} | ${seconds(ms)} |`);
}
const renderedIn = (label: string) => counts(builds.find((result) => result.label === label)!).rendered;
report.push(
  '',
  `Edited page: ${pageFile.slice(project.length + 1)}. Edited work: ${target.id}, cited by ${target.pages} guidance pages.`,
  '',
  `Files rendered after the page edit: ${renderedIn('3-page-edited').join(' ')}`,
  '',
  `Files rendered after the work edit: ${renderedIn('4-work-edited').join(' ')}`,
  '',
  `Differences, unchanged rebuild vs first cold build (${unchangedDiff.length}):`,
  ...unchangedDiff.map((line) => `    ${line}`),
  `Differences, page edit: incremental vs cold (${pageDiff.length}):`,
  ...pageDiff.map((line) => `    ${line}`),
  `Differences, work edit: incremental vs cold (${workDiff.length}):`,
  ...workDiff.map((line) => `    ${line}`),
);
writeFileSync(join(project, 'report.md'), report.join('\n') + '\n');
console.log(`\n${report.join('\n')}\n\nLogs and report: ${project}/`);
if (!values['keep-project']) for (const dir of ['dist-ref-unchanged']) rmSync(join(project, dir), { recursive: true, force: true });
