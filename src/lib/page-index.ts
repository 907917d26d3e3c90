/**
 * What every content page cites and which glossary terms it uses, read from
 * the pages' source in ONE pass. /references/, /glossary/, /educators/,
 * /evidence-map/ and the reading lists all need this; parsing every body once
 * per index page made the build grow by a full re-parse of the site for each.
 * Built from source (not rendered pages) so the lists do not depend on the
 * order Astro renders pages in. Same citation finder as the remark plugin.
 */
import { collectCitations } from '../citations/collect.ts';
import { parseContent } from '../citations/scan.ts';
import type { TermMatcher } from '../glossary/match.ts';
import { findFirstUses } from '../glossary/remark-glossary-links.ts';

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

export function indexPages(pages: IndexedPage[], matcher: TermMatcher): PageIndex {
  const index: PageIndex = { citedOn: new Map(), termUses: new Map(), citationCounts: new Map() };
  for (const page of pages) {
    const citing = { title: page.title, href: page.href };
    const { tree, file } = parseContent(page.body, page.mdx);
    const counts = new Map<string, number>();
    for (const { citation } of collectCitations(tree, file)) {
      for (const item of citation.items) counts.set(item.key, (counts.get(item.key) ?? 0) + 1);
    }
    index.citationCounts.set(page.href, counts);
    for (const key of new Set([...page.frontmatterKeys, ...counts.keys()])) append(index.citedOn, key, citing);
    if (!page.isGlossaryEntry) for (const { id } of findFirstUses(tree, matcher)) append(index.termUses, id, citing);
  }
  return index;
}
