/**
 * Builds a small content tree with the real generator, in isolation: a
 * throwaway project under .fixture-builds/<case>/ holding a copy of src/, the
 * config and public/, plus the base content with the case's files laid over
 * it, or a whole site of its own (prepareSite). Copies, not symlinks: Vite
 * follows symlinks to their real path, and the config finds content/ next to
 * itself. The folder sits inside the worktree so
 * Node resolves packages from its node_modules.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const gatekeeperDir = fileURLToPath(new URL('./', import.meta.url));
/** The generator's files a site project needs; the site brings content/ and its astro.config.mjs. */
const generatorFiles = ['src', 'public', 'tsconfig.json', 'package.json'];

/** An empty project under .fixture-builds/<name>/: the generator, and `config` as its astro.config.mjs. */
function newProject(name: string, config: string): string {
  const dir = join(projectRoot, '.fixture-builds', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of generatorFiles) cpSync(join(projectRoot, file), join(dir, file), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), config);
  return dir;
}

/**
 * A site of its own (its content/ folder and its astro.config.mjs) as a
 * project built with the generator. A site's config imports the package
 * 'evidence-site'; here that is the copy of src/ beside it.
 */
export function prepareSite(name: string, site: { content: string; config: string }): string {
  const dir = newProject(name, readFileSync(site.config, 'utf8').replace("from 'evidence-site';", "from './src/integration.ts';"));
  cpSync(site.content, join(dir, 'content'), { recursive: true });
  return dir;
}

export interface Fixture {
  /** Folder name under tests/gatekeeper/cases/ whose content/ is laid over the base content. */
  name: string;
  /** Paths under content/ to delete from the base first. */
  remove?: string[];
  /** Files written into content/ after the overlay (for inputs too big to commit). */
  generate?: () => Record<string, string>;
  /** Last, given the content folder: for what git cannot hold (named pipes) or should not (links out of the project). */
  setUp?: (content: string) => void;
}

/** Creates the fixture project and returns its folder. */
export function prepareFixture({ name, remove = [], generate, setUp }: Fixture): string {
  // The flagship's settings: the fixtures are its content, made small.
  const dir = newProject(name, readFileSync(join(projectRoot, 'astro.config.mjs'), 'utf8'));
  const content = join(dir, 'content');
  cpSync(join(gatekeeperDir, 'base-content'), content, { recursive: true });
  for (const path of remove) rmSync(join(content, path), { recursive: true, force: true });
  const overlay = join(gatekeeperDir, 'cases', name, 'content');
  if (existsSync(overlay)) cpSync(overlay, content, { recursive: true });
  for (const [path, text] of Object.entries(generate?.() ?? {})) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  setUp?.(content);
  return dir;
}

export interface BuildResult {
  dir: string;
  exitCode: number;
  /** stdout and stderr together, colour codes removed. */
  output: string;
}

/** Runs `astro build` in the fixture project with this Node (the project's Node 22 under npm). */
export function buildFixture(fixture: Fixture): Promise<BuildResult> {
  return buildIn(prepareFixture(fixture));
}

/**
 * Runs `astro build` in a prepared fixture project, as it stands (again, for
 * an incremental build). With `from`, the build runs in that folder and is
 * given the project as `--root`, as a site built from elsewhere is.
 */
export function buildIn(dir: string, env: Record<string, string> = {}, from?: string): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...(from ? ['--root', dir] : [])], {
      cwd: from ?? dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ dir, exitCode: code ?? 1, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}
