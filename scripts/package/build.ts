/**
 * npm pack's prepack step: the generator as its package ships it, in
 * dist-package/. Node will not strip types from a file under node_modules,
 * so src/ is compiled to JavaScript (tsconfig.package.json); the files tsc
 * does not handle (.astro components and pages, styles, citation locales,
 * the build log's module) are copied beside it. Their imports of the
 * generator's own modules name the .ts sources, as this repository runs
 * them, and are pointed at the compiled .js files instead.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledImports } from './compiled-imports.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = join(root, 'dist-package');

rmSync(out, { recursive: true, force: true });
// The types of astro:content, which the collections use, are generated (.astro/types.d.ts): a fresh clone has none yet.
for (const [command, ...args] of [['astro', 'sync'], ['tsc', '-p', 'tsconfig.package.json']] as const) {
  const run = spawnSync(join(root, 'node_modules/.bin', command), args, { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

cpSync(join(root, 'src'), out, {
  recursive: true,
  // src/create is a package of its own (create-evidence-site).
  filter: (source) => !source.endsWith('.ts') && source !== join(root, 'src/create'),
});
for (const file of (readdirSync(out, { recursive: true }) as string[]).filter((name) => name.endsWith('.astro'))) {
  writeFileSync(join(out, file), compiledImports(readFileSync(join(out, file), 'utf8')));
}
chmodSync(join(out, 'cli/evidence-site.js'), 0o755);
