/**
 * Which of the built site's HTML files Pagefind reads. Once any page marks
 * its content with data-pagefind-body, Pagefind indexes only marked pages,
 * but it still reads and parses every other page to find that out: at
 * 10,000 pages, /print/ (170 MB) and /educators/ (37 MB), which it never
 * indexes, took some 650 MB of its memory. So Pagefind is given a glob of
 * the top-level folders and files that hold a marked page. The pages it
 * indexes, and so its index, are the same; it reads fewer of the others.
 */
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Characters with a meaning in Pagefind's globs: a name with one is not narrowed to. */
const globSyntax = /[{}[\]*?!,\\]/;
const attribute = 'data-pagefind-body';
/** HTML attribute names are case-insensitive, as in Pagefind's own selector. */
const marked = new RegExp(attribute, 'i');
const chunkBytes = 1 << 16;

/** Whether the file holds the attribute, read a chunk at a time: /print/ is never held whole. */
function isMarked(file: string): boolean {
  const buffer = Buffer.alloc(chunkBytes);
  const descriptor = openSync(file, 'r');
  try {
    // Each chunk starts with the end of the one before, so an attribute across two is found.
    let carried = '';
    for (let read = readSync(descriptor, buffer); read > 0; read = readSync(descriptor, buffer)) {
      // latin1 reads each byte as a character: the attribute is ASCII.
      const text = carried + buffer.toString('latin1', 0, read);
      if (marked.test(text)) return true;
      carried = text.slice(-(attribute.length - 1));
    }
    return false;
  } finally {
    closeSync(descriptor);
  }
}

/**
 * The glob for Pagefind's addDirectory over the site at `dir`, or undefined
 * where it should read everything: no page is marked (then it indexes every
 * page), or a name cannot be written in a glob.
 */
export function pagefindGlob(dir: string): string | undefined {
  // Each top-level folder or file that holds a marked page, as Pagefind is to read it.
  const included = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true }) as string[]) {
    const [top, ...rest] = file.split(sep);
    if (!file.endsWith('.html') || top === 'pagefind' || included.has(top!)) continue;
    if (isMarked(join(dir, file))) included.set(top!, rest.length > 0 ? `${top}/**/*.html` : top!);
  }
  if (included.size === 0 || [...included.keys()].some((top) => globSyntax.test(top))) return undefined;
  return `{${[...included.values()].sort().join(',')}}`;
}
