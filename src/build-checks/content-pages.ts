/**
 * Every content file must be published as exactly one page: a file whose
 * page is missing, or two files claiming one address (where Astro keeps only
 * the last), would silently drop content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { load } from 'js-yaml';
import { withoutFrontmatter } from '../citations/scan.ts';
import { entryId } from '../lib/entry-id.ts';

export interface ContentEntry {
  /** Project-relative path of the file ("content/guidance/power.mdx"). */
  file: string;
  collection: string;
  id: string;
}

export function readContentEntries(contentDir: string, collections: readonly string[]): ContentEntry[] {
  return collections.flatMap((collection) => {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) return [];
    return (readdirSync(dir, { recursive: true }) as string[])
      .filter((name) => /\.mdx?$/.test(name))
      .sort()
      .map((name) => {
        const entry = name.split(sep).join('/');
        let data: { slug?: unknown } = {};
        try {
          data = (load(withoutFrontmatter(readFileSync(join(dir, name), 'utf8')).frontmatter) ?? {}) as typeof data;
        } catch {
          // Malformed frontmatter has already stopped the build at the content schema.
        }
        return { file: `content/${collection}/${entry}`, collection, id: entryId(entry, data) };
      });
  });
}

/**
 * Problems with the pages of `entries`. `urlOf` gives an entry's address
 * without the base path ("/guidance/power/", "/glossary/ebcd/"); `pages` maps
 * each built page's address to the element ids it holds.
 */
export function contentPageProblems(entries: ContentEntry[], urlOf: (entry: ContentEntry) => string, pages: Map<string, Set<string>>): string[] {
  const problems: string[] = [];
  const claimed = new Map<string, string>();
  for (const entry of entries) {
    const url = urlOf(entry);
    const other = claimed.get(url);
    if (other) {
      problems.push(`${entry.file}: has the same address (${url}) as ${other}, so only one of them is published. Give one a different file name or slug.`);
      continue;
    }
    claimed.set(url, entry.file);
    const [page = '', fragment] = url.split('#', 2);
    const ids = pages.get(page);
    if (!ids) problems.push(`${entry.file}: no page was built at ${page}. Check the page template for its collection in src/routes/.`);
    else if (fragment && !ids.has(fragment)) problems.push(`${entry.file}: ${page} was built without the entry's anchor #${fragment}.`);
  }
  return problems;
}
