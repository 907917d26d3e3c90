/**
 * npm run check — every content check, with file and line:
 *   errors: everything the build's content gate and link check stop on (run as
 *           a full build into a temporary folder);
 *   warnings: pages past their review date, TODO placeholders, unused
 *           bibliography entries.
 * Exits 1 when there is an error, so CI and pull requests can rely on it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem, type Problem } from '../src/citations/check.ts';
import { citationContext } from '../src/citations/context.ts';
import { pastReview, placeholders, unusedEntries } from '../src/content-checks/lint.ts';
import { readContentFiles } from '../src/integrations/citation-check.ts';

const root = process.cwd();
const files = readContentFiles(join(root, 'content'), root);
const report = (title: string, problems: Problem[]) => {
  if (problems.length === 0) return;
  console.log(`\n${title} (${problems.length}):`);
  for (const problem of problems) console.log(`  ${formatProblem(problem)}`);
};

console.log('Building the site into a temporary folder to check frontmatter, citations, code in content, alt text and links...');
const outDir = mkdtempSync(join(tmpdir(), 'kb-check-'));
const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
rmSync(outDir, { recursive: true, force: true });
const buildFailed = build.status !== 0;
if (buildFailed) {
  // Astro prints the problem and its hint; the stack trace is for developers.
  const output = `${build.stdout}\n${build.stderr}`.split('\n');
  const start = output.findIndex((line) => /error|stopped/i.test(line));
  console.log(`\nThe build failed:\n${output.slice(Math.max(0, start), start + 40).filter((line) => !/^\s+at |Stack trace/.test(line)).join('\n')}`);
} else {
  console.log('Frontmatter, citations, code in content, alt text and links: no problems.');
}

let unused: Problem[] = [];
if (!buildFailed) {
  const { bibliography } = citationContext();
  unused = unusedEntries(files, bibliography);
}
const warnings = [...pastReview(files, new Date()), ...placeholders(files), ...unused];
report('Warnings', warnings);

console.log(`\n${buildFailed ? 'Content check failed' : 'Content check passed'}: ${buildFailed ? 'the build stopped' : 'no errors'}, ${warnings.length} warnings.`);
process.exit(buildFailed ? 1 : 0);
