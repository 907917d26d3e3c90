/**
 * `npm run check` as a maintainer meets it: the real script, on a small
 * content tree with three mistakes of different kinds, each of which used to
 * need a build of its own (a bibliography problem hid the rest).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-checks/check-content.ts';
import { checksGuide } from '../../src/content-checks/report.ts';
import { siteRoot } from '../../src/config/site-paths.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const script = join(projectRoot, 'src/cli/evidence-site.ts');

/**
 * The fixture as a project to run the check in: its content/, a fixture
 * site's settings (astro.config.mjs), and the generator's src/ beside it, where the citation modules look for their
 * bundled locales (from the working directory, as npm runs scripts in the
 * project). Under .fixture-builds/, which git ignores.
 */
function fixture(name: string): string {
  const dir = join(projectRoot, '.fixture-builds', 'check-content');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(fileURLToPath(new URL(`./fixtures/${name}/content/`, import.meta.url)), join(dir, 'content'), { recursive: true });
  symlinkSync(join(projectRoot, 'src'), join(dir, 'src'));
  cpSync(fileURLToPath(new URL('./fixtures/a fixture site\'s astro.config.mjs', import.meta.url)), join(dir, 'astro.config.mjs'));
  return dir;
}

function check(cwd: string, ...flags: string[]) {
  const run = spawnSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', script, 'check', ...flags], { cwd, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run check', () => {
  const dir = fixture('a bibliography mistake, a misspelt key and a broken link are reported in one run');
  const { status, output } = check(dir);
  const problemLines = output.split('\n').filter((line) => /^\S+:\d+:\d+: /.test(line));

  it('reports a bibliography mistake, a misspelt key and a broken link in one run, each on one line with its fix', () => {
    expect(problemLines).toEqual([
      'content/bibliography/more.bib:3:3: Could not read entry "jones2019": expected "rbrace", got "identifier". Check that every { has a matching }, that fields are separated by commas, and that each value is in {braces} or "quotes".',
      'content/guidance/working-together.mdx:17:22: Unknown citation key "@smtih2020": no entry in content/bibliography/ has this key. Did you mean @smith2020? Add the work to a .bib file, fix the key, or write \\@ for a literal @.',
      'content/guidance/working-together.mdx:18:81: Link to "/guidance/working-togther/" is broken: no page has the address /guidance/working-togther/. Did you mean /guidance/working-together/?',
    ]);
    expect(status).toBe(1);
  });

  it('prints the lines grouped by file under a count, and nothing else', () => {
    expect(output.trim().split('\n')).toEqual([
      '3 problems in 2 files:',
      '',
      problemLines[0],
      '',
      problemLines[1],
      problemLines[2],
      '',
      // The guide to the messages, from the site's folder to the generator's (here the repository's, through the src/ link).
      `Fix each line above: ${relative(dir, join(projectRoot, 'docs/checks.md'))} explains every message.`,
    ]);
  });

  it('names a guide to every message that is there, from the site\'s folder', () => {
    expect(existsSync(join(siteRoot(), checksGuide()))).toBe(true);
    expect(readFileSync(join(siteRoot(), checksGuide()), 'utf8')).toMatch(/^# What the checks mean\n/);
  });

  it('keeps what only a developer needs behind --verbose', () => {
    expect(output).not.toMatch(/src\/|Error|\n\s+at /);
    expect(check(dir, '--verbose').output).toMatch(/^Checked .*content\/ in [\d.]+ s\.$/m);
  });
});

describe('a locale the interface has no text in', () => {
  it('stops the check at the settings, not the build half way through rendering', () => {
    const dir = fixture('a bibliography mistake, a misspelt key and a broken link are reported in one run');
    const config = join(dir, 'astro.config.mjs');
    writeFileSync(config, readFileSync(config, 'utf8').replace('evidenceSite({', "evidenceSite({ locale: 'en-US',"));
    const { status, output } = check(dir);
    expect(status).toBe(1);
    expect(output).toContain('astro.config.mjs:1:1: The locale "en-US" has no interface text. Add src/messages/en-US.ts');
  });
});

describe('pages past their review date', () => {
  const root = fixture('a bibliography mistake, a misspelt key and a broken link are reported in one run');
  const run = (overdueReviews?: 'error' | 'warning') =>
    checkContent({ root, pagesDirs: [join(projectRoot, 'src/routes')], publicDir: join(projectRoot, 'public'), today: new Date('2099-01-11'), ...(overdueReviews ? { overdueReviews } : {}) });
  const overdue = (problems: { path: string; line: number; message: string }[]) => problems.filter((problem) => problem.message.startsWith('This page was due for review')).map((problem) => `${problem.path}:${problem.line}`);
  const pages = ['content/guidance/listening-first.mdx:7', 'content/guidance/working-together.mdx:7'];

  it('are warnings unless the setting says otherwise, as in the build', () => {
    const report = run();
    expect(overdue(report.warnings)).toEqual(pages);
    expect(overdue(report.errors)).toEqual([]);
  });

  it('are errors when the site sets overdueReviews to "error"', () => {
    const report = run('error');
    expect(overdue(report.errors)).toEqual(pages);
    expect(overdue(report.warnings)).toEqual([]);
  });
});
