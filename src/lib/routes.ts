/**
 * Every address on the site, built under a base path. Free of Vite's
 * import.meta.env so the build's own checks (src/build-checks/) can use the
 * very routes the pages use.
 */

/** The routes of a site served under `base`; the build's own checks call this with the configured base. */
export function siteRoutes(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const href = (path = ''): string => root + path.replace(/^\/+/, '');
  const routes = {
    home: () => href(),
    guidanceIndex: () => href('guidance/'),
    guidance: (id: string) => href(`guidance/${id}/`),
    topic: (id: string) => href(`topics/${id}/`),
    caseStudyIndex: () => href('case-studies/'),
    caseStudy: (id: string) => href(`case-studies/${id}/`),
    evidenceIndex: () => href('evidence/'),
    evidence: (id: string) => href(`evidence/${id}/`),
    glossary: () => href('glossary/'),
    glossaryTerm: (id: string) => href(`glossary/${id}/`),
    references: () => href('references/'),
    educators: () => href('educators/'),
    search: () => href('search/'),
    about: () => href('about/'),
    accessibility: () => href('accessibility/'),
    evidenceMap: () => href('evidence-map/'),
    printGuide: () => href('print/'),
    /** A part of a guide printed in parts (src/print/parts.ts), by its name ("part-2"). */
    printGuidePart: (name: string) => href(`print/${name}/`),
  };
  /** Where each content collection's entries are published, by collection name. */
  const entryRoutes = {
    guidance: routes.guidance,
    'case-studies': routes.caseStudy,
    evidence: routes.evidence,
    glossary: routes.glossaryTerm,
  };
  return { href, routes, entryRoutes };
}
