/** Registries built from every content page: who cites what, and which pages use which glossary term. */
import { cachedPageReferences } from '../build/page-references-cache.ts';
import { citationContext } from '../citations/context.ts';
import { accessDateProbes, pageItem, type CitablePage } from '../citations/page-citations.ts';
import { glossaryMatcher } from '../glossary/context.ts';
import { entryBody } from '../markdown/render-source.ts';
import { getCaseStudies, getEvidence, getGlossary, getGuidance } from './content.ts';
import { pageCiteKey } from './downloads.ts';
import { indexPages, type CitingPage, type IndexedPage, type PageIndex } from './page-index.ts';
import { routes } from './urls.ts';

async function contentPages(): Promise<IndexedPage[]> {
  // The data store keeps no page text (src/markdown/source-loader.ts): it is read from the file.
  const page = (e: { filePath?: string }) => ({ body: e.filePath ? entryBody(e.filePath) : '', mdx: e.filePath?.endsWith('.mdx') ?? false, isGlossaryEntry: false });
  return [
    ...(await getGuidance()).map((e) => ({ ...page(e), title: e.data.title, href: routes.guidance(e.id), frontmatterKeys: [] })),
    ...(await getCaseStudies()).map((e) => ({ ...page(e), title: e.data.title, href: routes.caseStudy(e.id), frontmatterKeys: e.data.sources })),
    ...(await getEvidence()).map((e) => ({ ...page(e), title: e.data.title, href: routes.evidence(e.id), frontmatterKeys: [e.data.citationKey] })),
    ...(await getGlossary()).map((e) => ({ ...page(e), title: `Glossary: ${e.data.term}`, href: routes.glossaryTerm(e.id), frontmatterKeys: e.data.sources, isGlossaryEntry: true })),
  ];
}

let pageIndex: Promise<PageIndex> | undefined;

/** Every content body parsed once per build, however many pages read the registries; whole, for the index pages' cache key (src/build/index-page-key.ts). */
export function getPageIndex(): Promise<PageIndex> {
  pageIndex ??= (async () => indexPages(await contentPages(), glossaryMatcher()))();
  return pageIndex;
}

/** Citation key → the pages that cite it. */
export async function getCitationRegistry(): Promise<Map<string, CitingPage[]>> {
  return (await getPageIndex()).citedOn;
}

/** Glossary term id → the guidance, case study and evidence pages that use the term. */
export async function getTermUses(): Promise<Map<string, CitingPage[]>> {
  return (await getPageIndex()).termUses;
}

/** How often the page at `href` cites each work, counting every citation, in order of first citation. */
export async function getCitationCounts(href: string): Promise<Map<string, number>> {
  return (await getPageIndex()).citationCounts.get(href) ?? new Map();
}

let citablePages: Promise<{ pages: Map<string, CitablePage>; references: Map<string, string>; styleShowsAccessDate: boolean }> | undefined;

/**
 * Every content page as a citable web page, with its reference in the site's
 * style (each formatted as if cited alone), and whether the style
 * writes the access date (see accessDateProbes).
 */
export function getCitablePages() {
  citablePages ??= (async () => {
    const pages: CitablePage[] = [
      ...(await getGuidance()).map((e) => ({ key: pageCiteKey('guidance', e.id), title: e.data.title, path: routes.guidance(e.id), lastReviewed: e.data.lastReviewed })),
      ...(await getCaseStudies()).map((e) => ({ key: pageCiteKey('case-studies', e.id), title: e.data.title, path: routes.caseStudy(e.id), lastReviewed: e.data.lastReviewed })),
      ...(await getEvidence()).map((e) => ({ key: pageCiteKey('evidence', e.id), title: e.data.title, path: routes.evidence(e.id), lastReviewed: e.data.lastReviewed })),
    ];
    const items = pages.map(pageItem);
    const probes = items[0] ? accessDateProbes(items[0]) : [];
    // Kept between builds: formatting them all takes seconds (src/build/page-references-cache.ts).
    const references = cachedPageReferences([...items, ...probes], (all) => citationContext().formatter.standalone(all));
    const [withDate, withoutDate] = probes.map((probe) => references.get(probe.id));
    return { pages: new Map(pages.map((page) => [page.key, page])), references, styleShowsAccessDate: withDate !== withoutDate };
  })();
  return citablePages;
}
