#!/usr/bin/env node
/**
 * npm create evidence-site <folder>: a new evidence site in <folder>, with
 * starter content (an example on falls prevention in care homes, test
 * content to replace), its settings, and a package-lock.json that pins the
 * generator's tested dependency tree (made when this package is packed:
 * scripts/package/starter.ts). Plain JavaScript with no dependencies, so it
 * runs on whatever Node the machine has before the site brings its own.
 *
 * --generator <file.tgz> takes the generator from a packed build instead of
 * the registry: a build of your own, or a test's.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const usage = 'Usage: npm create evidence-site <folder> [-- --generator <packed evidence-site .tgz>]';

function fail(message) {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const at = args.indexOf('--generator');
const packed = at === -1 ? undefined : args[at + 1];
if (at !== -1 && !packed?.endsWith('.tgz')) fail('--generator needs the path of a packed build (npm pack writes evidence-site-<version>.tgz).');
const folder = args.filter((_, index) => at === -1 || (index !== at && index !== at + 1))[0];
if (!folder) fail('Say which folder to create the site in.');
const target = resolve(folder);
if (existsSync(target) && readdirSync(target).length > 0) fail(`${folder} already exists and is not empty: choose a new folder.`);
if (packed && !existsSync(resolve(packed))) fail(`${packed} does not exist.`);

const lock = JSON.parse(readFileSync(join(here, 'starter-lock.json'), 'utf8'));
const generator = lock.packages['node_modules/evidence-site'];
const name = basename(target).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+/, '') || 'evidence-site-content';
const packedSpec = packed && `file:${relative(target, resolve(packed))}`;
const source = packed
  ? {
      spec: packedSpec,
      resolved: packedSpec,
      integrity: `sha512-${createHash('sha512').update(readFileSync(resolve(packed))).digest('base64')}`,
    }
  : { spec: `^${generator.version}`, resolved: `https://registry.npmjs.org/evidence-site/-/evidence-site-${generator.version}.tgz` };

cpSync(join(here, 'starter'), target, { recursive: true });
// npm leaves .gitignore files out of packages, so the starter's has no dot.
renameSync(join(target, 'gitignore'), join(target, '.gitignore'));

const site = {
  name,
  version: '0.1.0',
  private: true,
  type: 'module',
  // The pinned Node and Astro's bundler fetch their binaries when installed.
  allowScripts: { node: true, esbuild: true },
  scripts: {
    // Plain commands, which every shell runs; the generator turns Astro's telemetry off itself.
    dev: 'astro dev',
    build: 'astro build',
    preview: 'astro preview',
    check: 'evidence-site check',
    new: 'evidence-site new',
    'urls:update': 'evidence-site urls:update',
    readability: 'evidence-site readability',
  },
  dependencies: { 'evidence-site': source.spec },
  devDependencies: lock.packages[''].devDependencies,
};
writeFileSync(join(target, 'package.json'), `${JSON.stringify(site, null, 2)}\n`);

lock.name = name;
lock.packages[''] = { ...lock.packages[''], name, version: site.version, dependencies: site.dependencies };
lock.packages['node_modules/evidence-site'] = { ...generator, resolved: source.resolved, ...(source.integrity ? { integrity: source.integrity } : {}) };
writeFileSync(join(target, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);

// A folder name with a space or a quote is quoted, so the line can be pasted into a shell as it is.
const shellFolder = /^[\w./-]+$/.test(folder) ? folder : `"${folder.replace(/(["\\$`])/g, '\\$1')}"`;
console.log(`Created an evidence site in ${folder}. Next:\n  cd ${shellFolder}\n  npm install\n  npm run build\nThen replace the example content in content/: ${folder}/README.md says what to edit first.`);
