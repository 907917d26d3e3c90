/**
 * create-evidence-site's prepack step (src/create/): what a new site starts
 * with beyond the committed starter: the security headers and icon from this
 * repository's public/, and the lock of the generator's tested dependency
 * tree (starter-lock.ts).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { starterLock, type Lock } from './starter-lock.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const create = join(root, 'src/create');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

const generator = read<{ name: string; version: string; dependencies: Record<string, string>; peerDependencies: Record<string, string>; devDependencies: Record<string, string>; bin: Record<string, string> }>('package.json');
rmSync(join(create, 'starter/public'), { recursive: true, force: true });
cpSync(join(root, 'public'), join(create, 'starter/public'), { recursive: true });
const lock = starterLock({
  lock: read<Lock>('package-lock.json'),
  generator,
  // The Node this repository pins (Astro needs a newer one than many machines have).
  devDependencies: { node: generator.devDependencies['node']! },
});
writeFileSync(join(create, 'starter-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
