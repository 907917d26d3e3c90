/**
 * "Cite this page" entries kept between builds. citeproc formats every
 * content page's entry, each alone (getCitablePages, src/lib/registries.ts,
 * and CitationFormatter.standalone): about 1 ms a page, 3 s of CPU at 1,000
 * pages, in every build that renders a content page or lists the
 * downloads, so in every rebuild, whether or not a page's
 * title, address or review date changed. The entries depend on the pages'
 * items (which hold those and the access date), the site-wide inputs (style,
 * locale, settings, build day), the works the formatter holds, and the
 * formatter's code: all of them are the key.
 */
import type { CslItem } from '../citations/citation-js.ts';
import { citationContext } from '../citations/context.ts';
import { codeHash, keptText } from './build-cache.ts';
import { hashOf, siteInputs, workInputs } from './input-hashes.ts';

/** `format(items)`'s entries, from the previous build when they had the same key, else formatted and kept. */
export function cachedPageReferences(items: CslItem[], format: (items: CslItem[]) => Map<string, string>): Map<string, string> {
  const works = [...citationContext().bibliography.items.keys()].map(workInputs);
  const key = `${hashOf(codeHash(), siteInputs(), works, items)}.json`;
  return new Map(JSON.parse(keptText('kb-page-references', key, () => JSON.stringify([...format(items)]))) as [string, string][]);
}
