/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild, set
 * by src/integration.ts). Astro reuses a page's output from the previous build
 * when the page's route code is unchanged (it hashes the route's module
 * graph) AND the key its getStaticPaths() gave is unchanged. Astro cannot see
 * data a page reads at render time from files or from other entries, so each
 * key must cover EVERYTHING the page's output depends on besides code; a key
 * that misses one input ships a stale page. Keys are hashes of the inputs
 * themselves (not of whole folders), so editing one bibliography entry
 * re-renders only the pages that show it.
 *
 * What a content page shows, and so what its key holds (contentPageKey):
 * - its source file (body and frontmatter) and its parsed data, which is what
 *   the schema made of the frontmatter;
 * - site-wide inputs (siteInputs): site settings (title, base path, citation
 *   style, feedback, ...), the build day (the "Cite this page" access date
 *   and the overdue-review notice, src/lib/dates.ts), the citation style's and
 *   locale's XML (a .csl file in content/styles/ can change), and the glossary's
 *   terms (any page may link any term's first use);
 * - every work it cites (workInputs): the bibliography entry, the evidence
 *   summary of it if any ("Evidence: staff survey ..." notes), and the work it
 *   is cited through (src/citations/related.ts) with that work's entry and
 *   summary ("Cited through ...");
 * - what the template adds from other entries (the `shows` argument): a
 *   guidance page's topic title and its previous and next pages, an evidence
 *   page's list of works it draws on, a glossary term's "Used on" list.
 *
 * Download files (.bib/.ris/.json) have no key: a build writes them all when it
 * is done (src/citations/downloads/download-files.ts), which costs less than
 * Astro's copying them back.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCitationCounts } from '../lib/registries.ts';
import { hashOf, siteInputs, workInputs } from './input-hashes.ts';
import { siteRoot } from '../config/site-paths.ts';

interface KeyedEntry {
  filePath?: string | undefined;
  data: unknown;
}

/**
 * The key of a content page at `href` built from `entry`. `shows` is what
 * the page's template adds from other entries or registries, as plain data;
 * `alsoCites` are works the template lists besides those the body cites.
 */
export async function contentPageKey(entry: KeyedEntry, href: string, shows: unknown = null, alsoCites: readonly string[] = []): Promise<string> {
  const cited = [...(await getCitationCounts(href)).keys(), ...alsoCites];
  // Read after the wait, and hashed at once: a route asks for every page's key together, and a file read before the wait was held until every page's turn came (10,000 at once).
  const source = entry.filePath ? readFileSync(resolve(siteRoot(), entry.filePath), 'utf8') : null;
  return hashOf(siteInputs(), href, source, entry.data, shows, cited.map(workInputs));
}
