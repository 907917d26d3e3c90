/** Every Markdown and MDX file in content/, read once for all the checks. */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { ContentFile } from '../citations/check.ts';
import { contentTree } from './content-tree.ts';

/**
 * Paths are relative to `root` with forward slashes ("content/guidance/power.mdx"),
 * as messages show them. Links and special files are never read: the content
 * tree check refuses them.
 */
export function readContentFiles(contentDir: string, root: string): ContentFile[] {
  return contentTree(contentDir, root)
    .files.filter((file) => /\.mdx?$/.test(file))
    .sort()
    .map((file) => ({ path: relative(root, file).split(sep).join('/'), source: readFileSync(file, 'utf8') }));
}
