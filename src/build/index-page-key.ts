/**
 * Cache keys for the index pages (/references/, /educators/, /print/, a
 * topic, ...), which list what other entries hold. Astro's incremental build
 * reuses only a path that getStaticPaths() gave a cacheKey, so a page at a
 * fixed address rendered again in every build: about 8 of the 25 seconds of a
 * rebuild of 1,000 pages with nothing changed. Each index page therefore
 * exports getStaticPaths() (indexPagePaths) and is routed at
 * `<folder>/[...index]` (src/config/route-files.ts), whose one path is its
 * folder's address.
 *
 * An index page can show anything the content holds except the text of the
 * pages, so the key is made from all of it, not from what each template reads
 * today (a template that starts showing one more field must not ship a stale
 * page): the site-wide inputs (page-cache-key.ts), every entry's data
 * (its frontmatter as the schema made it) in every collection, every work in
 * the bibliography with its evidence summary, what the page index made of
 * the pages' text (who cites what, how often, which pages use which glossary
 * term), and the generator's package.json (About gives the code's licence).
 * A page that shows page text too (/print/) adds it as `shows`. So editing a
 * sentence re-renders only /print/ among them, and editing a work's entry or
 * a page's frontmatter re-renders them all. A part of a guide printed in
 * parts is keyed on its own pages' text and works instead (printedPartKey),
 * so a sentence or a work re-renders only the parts that show it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { citationContext } from '../citations/context.ts';
import { generatorPath, siteRoot } from '../config/site-paths.ts';
import { getCaseStudies, getEvidence, getGlossary, getGuidance, getTopics } from '../lib/content.ts';
import { getCitationCounts, getPageIndex } from '../lib/registries.ts';
import { routes } from '../lib/urls.ts';
import { hashOf, siteInputs, workInputs } from './input-hashes.ts';

let entries: Promise<string> | undefined;
let content: Promise<string> | undefined;

/** Every entry's data and the site-wide inputs, hashed once per build: what any index page may show but works and page text. */
function entryInputs(): Promise<string> {
  entries ??= (async () => {
    // Every collection of src/collections.ts; a new one belongs here too.
    const collections = await Promise.all([getTopics(), getGuidance(), getCaseStudies(), getEvidence(), getGlossary()]);
    const data = collections.map((collection) => collection.map(({ id, filePath, data }) => [id, filePath ?? null, data]));
    return hashOf(siteInputs(), data, readFileSync(generatorPath('package.json'), 'utf8'));
  })();
  return entries;
}

/** Everything an index page may show but page text, hashed once per build. */
function contentInputs(): Promise<string> {
  content ??= (async () => {
    const works = [...citationContext().bibliography.items.keys()].map((key) => [key, workInputs(key)]);
    return hashOf(await entryInputs(), works, await getPageIndex());
  })();
  return content;
}

/** The key of an index page: all content but page text, and `shows`, what else it shows as plain data. */
export async function indexPageKey(shows: unknown = null): Promise<string> {
  return hashOf(await contentInputs(), shows);
}

/** getStaticPaths() of an index page: one path, its folder's address (`index` undefined in a `[...index]` route), keyed. */
export async function indexPagePaths(shows: unknown = null): Promise<{ params: { index: undefined }; cacheKey: string }[]> {
  return [{ params: { index: undefined }, cacheKey: await indexPageKey(shows) }];
}

type Guidance = Awaited<ReturnType<typeof getGuidance>>;

/** What /print/ shows besides: each guidance page's file, text and frontmatter. */
export async function guidanceSources(entries?: Guidance): Promise<(string | null)[]> {
  return (entries ?? (await getGuidance())).map((entry) => (entry.filePath ? readFileSync(resolve(siteRoot(), entry.filePath), 'utf8') : null));
}

/**
 * The key of one part of a guide printed in parts (src/print/parts.ts): every
 * entry's data and the site-wide inputs, its pages' files, and the works they
 * cite, not every work. A part lists only its own pages' works, so a changed
 * bibliography entry renders again only the parts whose pages cite it.
 */
export async function printedPartKey(pages: Guidance): Promise<string> {
  const cited = new Set<string>();
  for (const entry of pages) for (const key of (await getCitationCounts(routes.guidance(entry.id))).keys()) cited.add(key);
  return hashOf(await entryInputs(), await guidanceSources(pages), [...cited].map(workInputs));
}
