/**
 * Redirects from the `redirectFrom` slugs in content frontmatter, read when
 * the config loads: a page that moves keeps its old address working, so links
 * in curricula and reading lists never break.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Problem } from '../citations/check.ts';
import { withoutFrontmatter } from '../citations/scan.ts';
import { valuePosition } from '../content-checks/frontmatter-position.ts';
import { entryId } from '../lib/entry-id.ts';

/** Content folders whose pages are routed as /<folder>/<slug>/. */
export const routedFolders = ['guidance', 'case-studies', 'evidence'] as const;

/**
 * Old address → new address, and the problems that keep a redirect from
 * being made, which the content check reports with every other problem.
 */
export function readRedirects(contentDir: string): { redirects: Record<string, string>; problems: Problem[] } {
  const redirects: Record<string, string> = {};
  const problems: Problem[] = [];
  for (const folder of routedFolders) {
    const dir = join(contentDir, folder);
    // A site may not have every kind of page yet (and git keeps no empty folders).
    if (!existsSync(dir)) continue;
    // Files only: links and special files are never read; the content gate refuses them.
    const pages = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
      .map(({ name }) => {
        const source = readFileSync(join(dir, name), 'utf8');
        let data: { slug?: unknown; redirectFrom?: unknown } = {};
        try {
          data = (load(withoutFrontmatter(source).frontmatter) ?? {}) as typeof data;
        } catch {
          // Malformed frontmatter is reported, with its position, by the content schema.
        }
        const slug = entryId(name, data);
        return { name, source, slug, from: Array.isArray(data.redirectFrom) ? data.redirectFrom.filter((s): s is string => typeof s === 'string') : [] };
      });
    const live = new Set(pages.map((page) => page.slug));
    for (const { name, source, slug, from } of pages) {
      for (const old of from) {
        const address = `/${folder}/${old}/`;
        const at = { path: `content/${folder}/${name}`, ...valuePosition(source, 'redirectFrom', old) };
        if (live.has(old)) problems.push({ ...at, message: `redirectFrom "${old}" is the address of a page that still exists. Remove it from redirectFrom.` });
        else if (redirects[address]) problems.push({ ...at, message: `redirectFrom "${old}" is already claimed by another page. Keep it on one page only.` });
        else redirects[address] = `/${folder}/${slug}/`;
      }
    }
  }
  return { redirects, problems };
}
