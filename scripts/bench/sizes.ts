/** Files and bytes on disk under a folder, for dist/ and search index sizes. */
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Every file under `dir`, as a /-separated path relative to it. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
}

export function bytesUnder(dir: string): number {
  return filesUnder(dir).reduce((sum, path) => sum + statSync(join(dir, path)).size, 0);
}
