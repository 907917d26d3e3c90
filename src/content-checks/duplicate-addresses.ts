/**
 * Two pages in one folder with the same address (a `slug:` equal to another
 * page's slug or file name) make Astro keep one and drop the other with only
 * a warning: a page silently missing from the site. Here it is an error.
 */
import { parseFrontmatter } from 'astro/markdown';
import type { ContentFile, Problem } from '../citations/check.ts';
import { entryId } from '../lib/entry-id.ts';

/** The address Astro gives a page, as the collections work it out (entry-id.ts). */
function pageAddress(relativePath: string, source: string): { address: string; fromSlug: boolean } {
  let data: { slug?: unknown } = {};
  try {
    data = parseFrontmatter(source).frontmatter as typeof data;
  } catch {
    // Malformed frontmatter is reported by the frontmatter check.
  }
  return { address: entryId(relativePath, data), fromSlug: typeof data.slug === 'string' && data.slug !== '' };
}

/** `files` are the pages of one collection; `folder` is its content folder ("content/guidance"). */
export function duplicateAddresses(files: ContentFile[], folder: string): Problem[] {
  const pages = files.map((file) => ({ file, ...pageAddress(file.path.slice(folder.length + 1), file.source) }));
  // A page named by its file owns that address; the page whose slug: repeats it is the one to change.
  pages.sort((a, b) => Number(a.fromSlug) - Number(b.fromSlug));
  const first = new Map<string, string>();
  return pages.flatMap(({ file, address }) => {
    const earlier = first.get(address);
    if (!earlier) {
      first.set(address, file.path);
      return [];
    }
    const line = file.source.split('\n').findIndex((text) => /^slug:/.test(text)) + 1;
    return [
      {
        path: file.path,
        line: line || 1,
        column: 1,
        message: `This page has the address "${address}", which ${earlier} already has, so one of them would be left out of the site. Give this page its own slug (or file name).`,
      },
    ];
  });
}
