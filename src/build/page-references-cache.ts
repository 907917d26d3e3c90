/**
 * "Cite this page" entries kept between builds. citeproc formats every
 * content page's entry in one pass (getCitablePages, src/lib/registries.ts):
 * about 3 s of CPU at 1,000 pages, in every build that renders a content
 * page or lists the downloads, so in every rebuild, whether or not a page's
 * title, address or review date changed. The entries depend on the pages'
 * items (which hold those and the access date), the site-wide inputs (style,
 * locale, settings, build day), the works the formatter holds, and the
 * formatter's code: all of them are the key.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CslItem } from '../citations/citation-js.ts';
import { citationContext } from '../citations/context.ts';
import { buildCacheDir, codeHash } from './build-cache.ts';
import { hashOf, siteInputs, workInputs } from './input-hashes.ts';

const cacheDir = () => buildCacheDir('kb-page-references');

/** `format(items)`'s entries, from the previous build when they had the same key, else formatted and kept. */
export function cachedPageReferences(items: CslItem[], format: (items: CslItem[]) => Map<string, string>): Map<string, string> {
  const works = [...citationContext().bibliography.items.keys()].map(workInputs);
  const file = join(cacheDir(), `${hashOf(codeHash(), siteInputs(), works, items)}.json`);
  if (existsSync(file)) return new Map(JSON.parse(readFileSync(file, 'utf8')) as [string, string][]);
  const references = format(items);
  mkdirSync(cacheDir(), { recursive: true });
  // Written whole, then renamed: a build stopped halfway leaves no half a file to read next time.
  writeFileSync(`${file}.${process.pid}`, JSON.stringify([...references]));
  renameSync(`${file}.${process.pid}`, file);
  return references;
}
