/** Every Markdown and MDX file in content/, read once for all the checks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../citations/check.ts';

/** Paths are relative to `root` with forward slashes ("content/guidance/power.mdx"), as messages show them. */
export function readContentFiles(contentDir: string, root: string): ContentFile[] {
  return (readdirSync(contentDir, { recursive: true }) as string[])
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => ({ path: relative(root, join(contentDir, name)).split(sep).join('/'), source: readFileSync(join(contentDir, name), 'utf8') }));
}
