/**
 * An organisation starting a site of its own, the way README's "Start your
 * own evidence site" says: the lines of its command block, run as written,
 * with the repository's parent folder replaced by a temporary one. The site
 * is made outside this repository, from the packed generator and
 * create-evidence-site, with npm offline (only its cache, which this
 * repository's own install filled), and nothing on PATH from this
 * repository. Then its live preview, and the update the README promises: a
 * newer packed generator installed over it, and the site built again.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../gatekeeper/fixture-build.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Start your own evidence site'));
const commands = /```sh\n([\s\S]*?)\n```/.exec(section)![1]!.split('\n');
const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The environment of someone with npm and this repository's npm cache, but
 * not this repository's tools, and not Vitest's settings (with VITEST or
 * NODE_ENV=test set, astro dev serves no pages) or its scripts' (the
 * generator turns Astro's telemetry off itself).
 */
const environment = (() => {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !/^(?:npm_|VITEST|NODE_ENV$|TEST$|ASTRO_TELEMETRY_DISABLED$)/i.test(name)) env[name] = value;
  env['PATH'] = (process.env['PATH'] ?? '').split(delimiter).filter((dir) => !resolve(dir).startsWith(projectRoot)).join(delimiter);
  if (process.env['npm_config_cache']) env['npm_config_cache'] = process.env['npm_config_cache'];
  return { ...env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1' };
})();

interface Ran {
  command: string;
  status: number | null;
  output: string;
}

function run(command: string, cwd: string): Ran {
  const done = spawnSync('sh', ['-c', command], { cwd, env: environment, encoding: 'utf8', timeout: 600_000 });
  return { command, status: done.status, output: `${done.stdout}${done.stderr}` };
}

describe('a site started the way README says', () => {
  const parent = mkdtempSync(join(tmpdir(), 'evidence-site-adoption-'));
  const site = join(parent, 'my-site');
  const ran: Ran[] = [];

  beforeAll(() => {
    let cwd = projectRoot;
    for (const line of commands) {
      const command = line.replaceAll('../', `${parent}/`).replace(/^cd \.\.$/, `cd ${parent}`);
      if (command.startsWith('cd ')) {
        cwd = resolve(cwd, command.slice(3));
        continue;
      }
      const result = run(command, cwd);
      ran.push(result);
      if (result.status !== 0) break;
    }
  }, 900_000);

  // The site's node_modules holds its 234 packages: removing them took longer than the default ten seconds on a busy machine.
  afterAll(() => rmSync(parent, { recursive: true, force: true }), 120_000);

  it('names the packed builds of this version', () => {
    expect(commands.join('\n')).toContain(`create-evidence-site-${version}.tgz`);
    expect(commands.join('\n')).toContain(`evidence-site-${version}.tgz`);
  });

  it('runs every line, offline, without an error', () => {
    const failed = ran.find(({ status }) => status !== 0);
    expect(failed ? `${failed.command}\n${failed.output}` : '').toBe('');
    expect(ran.map(({ command }) => command.split(' ').slice(0, 3).join(' '))).toEqual(
      commands.filter((line) => !line.startsWith('cd ')).map((line) => line.replaceAll('../', `${parent}/`).split(' ').slice(0, 3).join(' ')),
    );
  });

  it("gives the site its content, its settings and a lock, and nothing of the generator's source", () => {
    for (const path of ['content/topics.yaml', 'astro.config.mjs', 'src/content.config.ts', 'package-lock.json', '.gitignore', 'public/_headers', 'README.md']) {
      expect(existsSync(join(site, path)), path).toBe(true);
    }
    expect(readdirSync(join(site, 'src'))).toEqual(['content.config.ts']);
    // Scripts any shell runs, Windows' included: no VAR=value before a command.
    const scripts = (JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(Object.values(scripts).filter((script) => /^\w+=/.test(script))).toEqual([]);
    const installed = join(site, 'node_modules/evidence-site');
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'dist-package', 'docs', 'package.json']);
    // The guide the checks name after the problems they list (docs/checks.md).
    expect(readdirSync(join(installed, 'docs')).sort()).toEqual(['checks.md', 'security-headers']);
    expect((readdirSync(join(installed, 'dist-package'), { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it('checks and builds the site from its own folder, every check passing', () => {
    const check = ran.find(({ command }) => command === 'npm run check')!;
    expect(check.output).toContain('No problems in content/.');
    const build = ran.find(({ command }) => command === 'npm run build')!;
    expect(build.output).toContain('Every content file passed the checks');
    expect(build.output).toMatch(/Indexed \d+ pages/);
    // The citation worker loads from the package's compiled modules.
    expect(build.output).not.toContain('citation worker');
    for (const page of ['index.html', 'guidance/index.html', 'search/index.html', 'pagefind/pagefind.js', '_headers']) {
      expect(existsSync(join(site, 'dist', page)), page).toBe(true);
    }
    expect(readFileSync(join(site, 'dist/index.html'), 'utf8')).toContain('Falls prevention in care homes');
    // Nothing of the flagship's subject comes with the generator.
    const pages = (readdirSync(join(site, 'dist'), { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((file) => /co-?produc/i.test(readFileSync(join(site, 'dist', file), 'utf8')))).toEqual([]);
    // The starter's MDX page imports a content component by the generator's name for it.
    expect(readFileSync(join(site, 'dist/guidance/checking-for-risks/index.html'), 'utf8')).toContain('<div class="note" role="note"><strong class="note__label">An example note:</strong>');
  });

  it('previews the site with npm run dev, content components and downloads and all', async () => {
    // Its own process group, so that stopping it stops npm, Astro and Vite together.
    const dev = spawn('npm', ['run', 'dev', '--', '--port', '4391'], { cwd: site, env: environment, detached: true });
    try {
      let output = '';
      await new Promise<void>((ready, failed) => {
        const timer = setTimeout(() => failed(new Error(`astro dev did not start:\n${output}`)), 120_000);
        const read = (chunk: Buffer) => {
          output += chunk;
          if (/ready in/.test(output)) ready(clearTimeout(timer));
        };
        dev.stdout.on('data', read);
        dev.stderr.on('data', read);
      });
      const home = await fetch('http://localhost:4391/');
      expect(home.status, output).toBe(200);
      expect(await home.text()).toContain('Falls prevention in care homes');
      const guidance = await (await fetch('http://localhost:4391/guidance/checking-for-risks/')).text();
      expect(guidance).toContain('<div class="note" role="note"><strong class="note__label">An example note:</strong>');
      // At the address pages link, without the trailing slash Astro's dev server would otherwise want.
      const download = await fetch('http://localhost:4391/references/references.bib');
      expect(download.status).toBe(200);
      expect(await download.text()).toMatch(/^@\w+\{/);
    } finally {
      process.kill(-dev.pid!, 'SIGTERM');
    }
  });

  it('takes a newer generator with one install, and builds again', () => {
    // A newer release, as npm pack would make it: the same package with the next version number.
    const newer = join(parent, 'newer');
    expect(run(`mkdir ${newer} && tar xzf ${parent}/packed/evidence-site-${version}.tgz -C ${newer}`, parent).status).toBe(0);
    const manifest = join(newer, 'package/package.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(`"version": "${version}"`, `"version": "${version}-next"`));
    expect(run(`npm pack --ignore-scripts --pack-destination ${newer} ./package`, newer).status).toBe(0);

    const update = run(`npm install ${newer}/evidence-site-${version}-next.tgz`, site);
    expect(update.output).toMatch(/changed 1 package/);
    expect(JSON.parse(readFileSync(join(site, 'node_modules/evidence-site/package.json'), 'utf8')).version).toBe(`${version}-next`);
    const build = run('npm run build', site);
    expect(build.status, build.output).toBe(0);
  });
});
