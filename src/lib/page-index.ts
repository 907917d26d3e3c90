/**
 * What every content page cites and which glossary terms it uses, read from
 * the pages' source in ONE pass. /references/, /glossary/, /educators/,
 * /evidence-map/ and the reading lists all need this; parsing every body once
 * per index page made the build grow by a full re-parse of the site for each.
 * Built from source (not rendered pages) so the lists do not depend on the
 * order Astro renders pages in. Same citation finder as the citations plugin;
 * in a build, the parse is the citation check's (see rememberAnalysis).
 */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { collectCitations, type FoundCitation } from '../citations/collect.ts';
import { parseContent } from '../citations/scan.ts';
import { siteLocators } from '../citations/site-style.ts';
import type { TermMatcher } from '../glossary/match.ts';
import { findFirstUses } from '../glossary/glossary-links-plugin.ts';

export interface CitingPage {
  title: string;
  href: string;
}

export interface IndexedPage extends CitingPage {
  body: string;
  mdx: boolean;
  /** Keys the page names in frontmatter (a case study's sources, an evidence page's citationKey). */
  frontmatterKeys: string[];
  /** Glossary entries are not listed as uses of terms. */
  isGlossaryEntry: boolean;
}

export interface PageIndex {
  /** Citation key → the pages citing it, each page once, in the order the pages were given. */
  citedOn: Map<string, CitingPage[]>;
  /** Glossary term id → the pages (other than glossary entries) that use the term. */
  termUses: Map<string, CitingPage[]>;
  /** Page href → how often it cites each work, counting every citation, in order of first citation. */
  citationCounts: Map<string, Map<string, number>>;
}

function append(map: Map<string, CitingPage[]>, key: string, page: CitingPage) {
  const pages = map.get(key);
  if (pages) pages.push(page);
  else map.set(key, [page]);
}

/** What one page cites (every citation counted, in order of first citation) and the glossary terms it uses. */
export interface PageAnalysis {
  counts: Map<string, number>;
  termIds: string[];
}

export function analyse(tree: Root, found: FoundCitation[], matcher: TermMatcher): PageAnalysis {
  const counts = new Map<string, number>();
  for (const { citation } of found) {
    for (const item of citation.items) counts.set(item.key, (counts.get(item.key) ?? 0) + 1);
  }
  return { counts, termIds: findFirstUses(tree, matcher).map((use) => use.id) };
}

// The citation check parses every content file as the build starts and
// leaves each analysis here, so the registries do not parse the site again.
// On globalThis: the check and the pages are separate module instances.
// Keyed by the body's text, so a page whose text differs is parsed afresh.
const key = Symbol.for('evidence-site.page-analyses');
type Store = typeof globalThis & { [key]?: Map<string, PageAnalysis> };
const remembered = () => ((globalThis as Store)[key] ??= new Map());
// The check blanks the frontmatter's lines; Astro's Markdown and MDX entry
// types drop them and trim the body, so only the trimmed text is the key.
const bodyKey = (body: string, mdx: boolean) => createHash('sha1').update(`${mdx}\n${body.trim()}`).digest('base64');

export function rememberAnalysis(body: string, mdx: boolean, analysis: PageAnalysis): void {
  remembered().set(bodyKey(body, mdx), analysis);
}

/** What a body cites and which terms it uses: the check's analysis when it made one, else parsed here. */
export function analyseBody(body: string, mdx: boolean, matcher: TermMatcher): PageAnalysis {
  const known = remembered().get(bodyKey(body, mdx));
  if (known) return known;
  const { tree } = parseContent(body, mdx);
  return analyse(tree, collectCitations(tree, body, siteLocators()), matcher);
}

const analysePage = (page: IndexedPage, matcher: TermMatcher): PageAnalysis => analyseBody(page.body, page.mdx, matcher);

export function indexPages(pages: IndexedPage[], matcher: TermMatcher): PageIndex {
  const index: PageIndex = { citedOn: new Map(), termUses: new Map(), citationCounts: new Map() };
  for (const page of pages) {
    const citing = { title: page.title, href: page.href };
    const { counts, termIds } = analysePage(page, matcher);
    index.citationCounts.set(page.href, counts);
    for (const key of new Set([...page.frontmatterKeys, ...counts.keys()])) append(index.citedOn, key, citing);
    if (!page.isGlossaryEntry) for (const id of termIds) append(index.termUses, id, citing);
  }
  return index;
}
