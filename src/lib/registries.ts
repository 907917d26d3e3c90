/** Registries built from every content page: who cites what, and which pages use which glossary term. */
import { buildRegistry, type CitingPage, type RegistryInput } from '../citations/registry.ts';
import { pageCitationFormatter, type CitablePage } from '../citations/page-citations.ts';
import type { CitationFormatter } from '../citations/format.ts';
import { parseContent, scanCitations } from '../citations/scan.ts';
import { glossaryMatcher } from '../glossary/context.ts';
import { findFirstUses } from '../glossary/remark-glossary-links.ts';
import { getCaseStudies, getEvidence, getGlossary, getGuidance } from './content.ts';
import { routes } from './urls.ts';

const isMdx = (filePath: string | undefined) => filePath?.endsWith('.mdx') ?? false;

async function contentPages(): Promise<RegistryInput[]> {
  return [
    ...(await getGuidance()).map((e) => ({ title: e.data.title, href: routes.guidance(e.id), body: e.body ?? '', mdx: isMdx(e.filePath), frontmatterKeys: [] })),
    ...(await getCaseStudies()).map((e) => ({ title: e.data.title, href: routes.caseStudy(e.id), body: e.body ?? '', mdx: isMdx(e.filePath), frontmatterKeys: e.data.sources })),
    ...(await getEvidence()).map((e) => ({ title: e.data.title, href: routes.evidence(e.id), body: e.body ?? '', mdx: isMdx(e.filePath), frontmatterKeys: [e.data.citationKey] })),
    ...(await getGlossary()).map((e) => ({ title: `Glossary: ${e.data.term}`, href: routes.glossaryTerm(e.id), body: e.body ?? '', mdx: isMdx(e.filePath), frontmatterKeys: e.data.sources })),
  ];
}

export async function getCitationRegistry() {
  return buildRegistry(await contentPages());
}

/** Glossary term id → the guidance, case study and evidence pages that use the term. */
export async function getTermUses(): Promise<Map<string, CitingPage[]>> {
  const uses = new Map<string, CitingPage[]>();
  for (const page of await contentPages()) {
    if (page.href.includes('/glossary/')) continue;
    for (const { id } of findFirstUses(parseContent(page.body, page.mdx).tree, glossaryMatcher())) {
      uses.set(id, [...(uses.get(id) ?? []), { title: page.title, href: page.href }]);
    }
  }
  return uses;
}

let citablePages: Promise<{ pages: Map<string, CitablePage>; formatter: CitationFormatter }> | undefined;

/** Every content page as a citable web page, with one formatter for all of them. */
export function getCitablePages() {
  citablePages ??= (async () => {
    const pages: CitablePage[] = [
      ...(await getGuidance()).map((e) => ({ key: `kb-guidance-${e.id}`, title: e.data.title, path: routes.guidance(e.id), lastReviewed: e.data.lastReviewed })),
      ...(await getCaseStudies()).map((e) => ({ key: `kb-case-study-${e.id}`, title: e.data.title, path: routes.caseStudy(e.id), lastReviewed: e.data.lastReviewed })),
      ...(await getEvidence()).map((e) => ({ key: `kb-evidence-${e.id}`, title: e.data.title, path: routes.evidence(e.id), lastReviewed: e.data.lastReviewed })),
    ];
    return { pages: new Map(pages.map((page) => [page.key, page])), formatter: pageCitationFormatter(pages) };
  })();
  return citablePages;
}

/** How often a page cites each work, counting every citation, in order of first citation. */
export function citationCounts(body: string, mdx: boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { citation } of scanCitations(body, mdx)) {
    for (const item of citation.items) counts.set(item.key, (counts.get(item.key) ?? 0) + 1);
  }
  return counts;
}
