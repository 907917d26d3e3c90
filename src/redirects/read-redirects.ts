/**
 * Redirects from the `redirectFrom` slugs in content frontmatter, read when
 * the config loads: a page that moves keeps its old address working, so links
 * in curricula and reading lists never break.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { withoutFrontmatter } from '../citations/scan.ts';
import { entryId } from '../lib/entry-id.ts';

/** Content folders whose pages are routed as /<folder>/<slug>/. */
export const routedFolders = ['guidance', 'case-studies', 'evidence'] as const;

export function readRedirects(contentDir: string): Record<string, string> {
  const redirects: Record<string, string> = {};
  const problems: string[] = [];
  for (const folder of routedFolders) {
    const dir = join(contentDir, folder);
    // A site may not have every kind of page yet (and git keeps no empty folders).
    if (!existsSync(dir)) continue;
    // Files only: links and special files are never read; the content gate refuses them.
    const pages = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
      .map(({ name }) => {
        let data: { slug?: unknown; redirectFrom?: unknown } = {};
        try {
          data = (load(withoutFrontmatter(readFileSync(join(dir, name), 'utf8')).frontmatter) ?? {}) as typeof data;
        } catch {
          // Malformed frontmatter is reported, with its position, by the content schema.
        }
        const slug = entryId(name, data);
        return { name, slug, from: Array.isArray(data.redirectFrom) ? data.redirectFrom.filter((s): s is string => typeof s === 'string') : [] };
      });
    const live = new Set(pages.map((page) => page.slug));
    for (const { name, slug, from } of pages) {
      for (const old of from) {
        const source = `/${folder}/${old}/`;
        if (live.has(old)) problems.push(`content/${folder}/${name}: redirectFrom "${old}" is the address of a page that still exists. Remove it from redirectFrom.`);
        else if (redirects[source]) problems.push(`content/${folder}/${name}: redirectFrom "${old}" is already claimed by another page. Keep it on one page only.`);
        else redirects[source] = `/${folder}/${slug}/`;
      }
    }
  }
  if (problems.length > 0) throw new Error(`Redirects in content/ have problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return redirects;
}
